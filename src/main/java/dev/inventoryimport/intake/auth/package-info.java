/**
 * Who may push and who may call the API: the bearer tokens ({@link dev.inventoryimport.intake.auth.ApiTokens},
 * compared in constant time), the JAX-RS filter that checks them on every REST resource of the
 * service, and the login throttle shared by the Magento 1 login and the console's sign-in.
 */
package dev.inventoryimport.intake.auth;
