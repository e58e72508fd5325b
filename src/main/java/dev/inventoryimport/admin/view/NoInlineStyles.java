package dev.inventoryimport.admin.view;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

/**
 * Leaves {@code style} attributes out of the console's markup. The Content-Security-Policy allows
 * no inline styles (only a nonce for scripts), so the browser refuses every {@code style="..."}
 * PrimeFaces writes (the {@code max-height} of a menu's list, {@code display:none} of a poll) and
 * logs a violation for each; what those set is in the console's stylesheet instead. Styles that
 * PrimeFaces' scripts set later go through the DOM's style object, which the policy allows.
 */
public class NoInlineStyles extends RenderKitFactory {

    public NoInlineStyles(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new Kit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class Kit extends RenderKitWrapper {

        Kit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String encoding) {
            return new StyleFree(getWrapped().createResponseWriter(writer, contentTypeList, encoding));
        }
    }

    private static final class StyleFree extends ResponseWriterWrapper {

        StyleFree(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (!"style".equalsIgnoreCase(name)) {
                getWrapped().writeAttribute(name, value, property);
            }
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new StyleFree(getWrapped().cloneWithWriter(writer));
        }
    }
}
