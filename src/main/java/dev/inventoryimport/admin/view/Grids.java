package dev.inventoryimport.admin.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Grid state the backing beans adjust. */
public final class Grids {

    private Grids() {
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
