package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.platform.i18n.LocaleFilter;
import fr.isoc.groupeiot.platform.i18n.Route;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Views are reached through their public paths ({@code /fr/espace-membre}), forwarded by {@link LocaleFilter}.
 * This handler keeps it that way for Faces: forms post back to the public path, not to the view under WEB-INF;
 * and a view is stateless (transient) unless its route holds a form, so read-only pages open no session.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        Route route = (Route) context.getExternalContext().getRequestMap().get(LocaleFilter.ROUTE);
        root.setTransient(route == null || !route.stateful());
        return root;
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object publicUri = context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI);
        boolean currentView = context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId());
        return publicUri != null && currentView ? publicUri.toString() : super.getActionURL(context, viewId);
    }
}
