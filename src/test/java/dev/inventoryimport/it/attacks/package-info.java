/**
 * Hostile input and access attacks over real HTTP, one class per family, sharing the set-up in
 * {@link dev.inventoryimport.it.attacks.Attacks}.
 */
package dev.inventoryimport.it.attacks;
