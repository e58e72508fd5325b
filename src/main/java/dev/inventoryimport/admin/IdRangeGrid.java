package dev.inventoryimport.admin;

import java.io.Serializable;

import dev.inventoryimport.admin.view.Grids;

/**
 * The filter fields the requests and imports grids share: a range of their own ids and a range of
 * message ids, with the check that each range runs forwards. The form's fields are named
 * {@code idFrom}, {@code idTo}, {@code messageFrom} and {@code messageTo}.
 */
public abstract class IdRangeGrid implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long idFrom;
    private Long idTo;
    private Long messageFrom;
    private Long messageTo;

    /**
     * Whether a range runs backwards (then reported on its fields).
     *
     * @param idLabel the grid's id as the form names it ({@code Request ID})
     * @param form    the form's id ({@code requests})
     */
    protected boolean refusedIdRanges(String idLabel, String form) {
        return Grids.refusedRange(idLabel, idFrom, idTo, form + ":idFrom", form + ":idTo")
                || Grids.refusedRange("Message ID", messageFrom, messageTo, form + ":messageFrom", form + ":messageTo");
    }

    protected void clearIdRanges() {
        idFrom = idTo = messageFrom = messageTo = null;
    }

    public Long getIdFrom() {
        return idFrom;
    }

    public void setIdFrom(Long idFrom) {
        this.idFrom = idFrom;
    }

    public Long getIdTo() {
        return idTo;
    }

    public void setIdTo(Long idTo) {
        this.idTo = idTo;
    }

    public Long getMessageFrom() {
        return messageFrom;
    }

    public void setMessageFrom(Long messageFrom) {
        this.messageFrom = messageFrom;
    }

    public Long getMessageTo() {
        return messageTo;
    }

    public void setMessageTo(Long messageTo) {
        this.messageTo = messageTo;
    }
}
