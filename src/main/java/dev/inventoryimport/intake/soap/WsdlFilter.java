package dev.inventoryimport.intake.soap;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the WSDL on {@code GET /soap/default?wsdl&services=...}. The JAX-WS runtime answers
 * {@code ?wsdl} itself (with a 404 for an endpoint on the XML/HTTP binding) before the endpoint
 * sees the request, so the WSDL is answered here, in front of it. No token: a WSDL is public.
 */
@WebFilter(urlPatterns = {"/soap/default", "/soap/all"})
public class WsdlFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if ("GET".equals(request.getMethod()) && query != null && Wsdl.isRequested(query)) {
            byte[] wsdl = Wsdl.render(request);
            response.setContentType("text/xml; charset=utf-8");
            response.setContentLength(wsdl.length);
            response.getOutputStream().write(wsdl);
            return;
        }
        chain.doFilter(request, response);
    }
}
