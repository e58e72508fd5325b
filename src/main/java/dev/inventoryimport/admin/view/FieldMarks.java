package dev.inventoryimport.admin.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;

/**
 * A refusal found by a bean rather than a converter: the message on the page and the fields it is
 * about marked, as Faces marks a field its converter refused. A marked field is unmarked by the next
 * submit (Faces decodes every input as valid again), so it stays red only while its value is wrong.
 */
public final class FieldMarks {

    private FieldMarks() {
    }

    /** @param clientIds the full client ids of the fields, e.g. {@code requests:messageFrom} */
    public static void refuse(String text, String... clientIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        for (String id : clientIds) {
            UIComponent field = faces.getViewRoot().findComponent(":" + id);
            if (field instanceof UIInput input) {
                input.setValid(false);
            }
        }
        faces.validationFailed();
    }
}
