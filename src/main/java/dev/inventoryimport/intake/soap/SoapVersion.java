package dev.inventoryimport.intake.soap;

import java.util.Locale;
import java.util.Optional;

/**
 * The two SOAP envelope versions OrderFlow may use. A reply must use the version of the request,
 * so the version travels with the parsed push.
 */
public enum SoapVersion {
    SOAP_1_1("http://schemas.xmlsoap.org/soap/envelope/", "text/xml; charset=utf-8"),
    SOAP_1_2("http://www.w3.org/2003/05/soap-envelope", "application/soap+xml; charset=utf-8");

    private final String envelopeNamespace;
    private final String contentType;

    SoapVersion(String envelopeNamespace, String contentType) {
        this.envelopeNamespace = envelopeNamespace;
        this.contentType = contentType;
    }

    /** The namespace URI of {@code Envelope}, {@code Body} and {@code Fault}. */
    public String envelopeNamespace() {
        return envelopeNamespace;
    }

    /** The Content-Type of a reply in this version. */
    public String contentType() {
        return contentType;
    }

    /**
     * The version a Content-Type header announces; used when the body is too broken to tell.
     * Anything but {@code application/soap+xml} (including no header) is treated as SOAP 1.1.
     */
    public static SoapVersion fromContentType(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return SOAP_1_1;
        }
        String mediaType = contentTypeHeader.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/soap+xml") ? SOAP_1_2 : SOAP_1_1;
    }

    /** The version whose envelope namespace is {@code ns}, if any. */
    public static Optional<SoapVersion> fromNamespace(String ns) {
        for (SoapVersion v : values()) {
            if (v.envelopeNamespace.equals(ns)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
