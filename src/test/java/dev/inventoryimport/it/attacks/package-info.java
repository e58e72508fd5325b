/**
 * Hostile input and access attacks over real HTTP: hostile bodies on the push contracts in one
 * class, tokens, the console and logins in the other, sharing their set-up in
 * {@link dev.inventoryimport.it.attacks.Attacks}.
 */
package dev.inventoryimport.it.attacks;
