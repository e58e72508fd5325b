package dev.inventoryimport.intake.soap;

import jakarta.enterprise.inject.spi.CDI;

/**
 * A bean a SOAP endpoint uses, looked up on first use and then held: the JAX-WS runtime creates
 * endpoints outside CDI, and {@code CDI.current()} walks the caller's stack on every call. Meant
 * for application-scoped beans (their proxies are safe to hold).
 */
public final class CdiBean<T> {

    private final Class<T> type;
    private volatile T bean;

    public CdiBean(Class<T> type) {
        this.type = type;
    }

    public T get() {
        T b = bean;
        if (b == null) {
            bean = b = CDI.current().select(type).get();
        }
        return b;
    }
}
