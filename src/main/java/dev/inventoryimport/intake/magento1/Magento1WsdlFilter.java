package dev.inventoryimport.intake.magento1;

import java.io.IOException;

import dev.inventoryimport.intake.soap.WsdlTemplate;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves Magento 1's WSDL on {@code GET /api/v2_soap/?wsdl=1} (rpc/encoded, Magento 1's default), and
 * its WS-I compliant document/literal form on {@code GET /api/v2_soap/?wsdl=1&wsi=1} (Magento 1 serves
 * that one instead when its WS-I setting is on; the endpoint answers both styles), each with this
 * host's endpoint address.
 */
@WebFilter(urlPatterns = {"/api/v2_soap", "/api/v2_soap/", "/api/v2_soap/index", "/api/v2_soap/index/"})
public class Magento1WsdlFilter extends HttpFilter {

    private static final WsdlTemplate RPC_ENCODED = WsdlTemplate.load(Magento1WsdlFilter.class, "magento1-api.wsdl");
    private static final WsdlTemplate WS_I = WsdlTemplate.load(Magento1WsdlFilter.class, "magento1-api-wsi.wsdl");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if ("GET".equals(request.getMethod()) && query != null && query.toLowerCase().matches("(.*&)?wsdl(=[^&]*)?(&.*)?")) {
            String base = request.getRequestURL().toString().replaceFirst("/api/v2_soap.*$", "");
            WsdlTemplate template = query.toLowerCase().matches("(.*&)?wsi=(1|true)(&.*)?") ? WS_I : RPC_ENCODED;
            byte[] wsdl = template.render(base + "/api/v2_soap/index/");
            response.setContentType("text/xml; charset=utf-8");
            response.setContentLength(wsdl.length);
            response.getOutputStream().write(wsdl);
            return;
        }
        if (request.getServletPath().equals("/api/v2_soap") || request.getServletPath().equals("/api/v2_soap/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "GET ?wsdl=1 here, or POST calls to /api/v2_soap/index/");
            return;
        }
        chain.doFilter(request, response);
    }
}
