package dev.inventoryimport.admin.view;

import java.time.LocalDateTime;
import java.util.Optional;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Grid state the backing beans adjust. */
public final class Grids {

    private Grids() {
    }

    /**
     * Refuses a filter's range given the wrong way round (it would match nothing, silently), marking
     * both its fields. Times are shown as typed ({@link TypedTimes}).
     *
     * @return whether refused
     */
    public static <T extends Comparable<? super T>> boolean refusedRange(String label, T from, T to, String fromField,
            String toField) {
        Optional<String> refusal = Ranges.reversed(label, from, to,
                v -> v instanceof LocalDateTime time ? TypedTimes.format(time) : String.valueOf(v));
        refusal.ifPresent(text -> FieldMarks.refuse(text, fromField, toField));
        return refusal.isPresent();
    }

    /** After a new filter, show its first page: the old page number may lie beyond the new result. */
    public static void firstPage(String tableClientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        UIComponent table = faces.getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable grid) {
            grid.setFirst(0);
        }
    }
}
