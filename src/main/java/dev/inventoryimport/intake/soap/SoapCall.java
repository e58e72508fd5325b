package dev.inventoryimport.intake.soap;

/** What a SOAP contract's reader makes of a body: its answer mirrors the envelope version. */
public interface SoapCall {

    /** The envelope version of the request, which its answer uses. */
    SoapVersion version();

    /** The log tag of the push the call carries (its message id), or "" for a call without one. */
    String logTag();
}
