package dev.inventoryimport.admin.view;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The service's root leads to the console. An exact mapping of the root only: a welcome file would
 * also capture directory paths such as Magento 1's {@code /api/v2_soap/}.
 */
@WebServlet("")
public class ConsoleHome extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
    }
}
