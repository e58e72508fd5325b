/**
 * Console login: form authentication for {@code /admin/*}, the operator account and its PBKDF2
 * password hash, the initial password, and the lockout after repeated failures. It guards only the
 * console; pushes and REST reads carry their own tokens ({@link dev.inventoryimport.intake}).
 */
package dev.inventoryimport.admin.security;
