package dev.inventoryimport.admin.view;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A date filter's text and its time ({@link TypedTimes}); a refusal names the field by its label. */
@FacesConverter("typedTime")
public class TypedTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return TypedTimes.parse(value).orElse(null);
        } catch (DateTimeParseException e) {
            Object label = component.getAttributes().get("label");
            String text = (label == null ? "The date" : label) + " must read " + TypedTimes.FORMAT_HINT
                    + ", not '" + value.strip() + "'";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return TypedTimes.format(value);
    }
}
