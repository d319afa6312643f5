package fr.isoc.groupeiot.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.component.UIViewRoot;

/**
 * Keeps stateless (transient) views from creating an HTTP session. PrimeFaces keeps its CSP nonce in the view map,
 * and Mojarra opens a session for any view map; a transient view is never restored, so it needs none. Without this,
 * every anonymous page view would cost a session and a Set-Cookie, and public pages could not be shared-cached.
 */
public class StatelessViewExternalContextFactory extends ExternalContextFactory {

    public StatelessViewExternalContextFactory(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new StatelessViewExternalContext(getWrapped().getExternalContext(context, request, response));
    }

    static final class StatelessViewExternalContext extends ExternalContextWrapper {

        StatelessViewExternalContext(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public Object getSession(boolean create) {
            return super.getSession(create && !rendersTransientView());
        }

        private static boolean rendersTransientView() {
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot root = faces == null ? null : faces.getViewRoot();
            return root != null && root.isTransient();
        }
    }
}
