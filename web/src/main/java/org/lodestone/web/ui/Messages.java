package org.lodestone.web.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import org.lodestone.shared.DomainException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.Violation;

/** Puts outcomes and refusals on the page: field rules next to their field, the rest on top. */
final class Messages {

  private Messages() {}

  static void info(String summary) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }

  static void error(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
  }

  /**
   * Shows a refusal from a service; returns false when it is not one we know (then it is rethrown
   * by the caller).
   */
  static boolean show(RuntimeException e, String formId) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RuleViolationException rules) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = context.getViewRoot().findComponent(formId);
        int marked = 0;
        for (Violation v : rules.violations()) {
          UIComponent field = form == null ? null : form.findComponent(v.field());
          String text = label(v.field()) + " " + v.message();
          if (field == null) {
            error(text);
          } else {
            marked++;
            context.addMessage(
                field.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
          }
        }
        if (marked > 0) {
          error(
              marked == 1
                  ? "Please correct the field marked below."
                  : "Please correct the " + marked + " fields marked below.");
        }
        return true;
      }
      if (t instanceof DomainException) {
        error(t.getMessage());
        return true;
      }
      if (t instanceof OptimisticLockException) {
        error("Someone else changed this at the same time. Reload the page and try again.");
        return true;
      }
      if (t instanceof EJBAccessException) {
        error("Your role may not do this.");
        return true;
      }
    }
    return false;
  }

  /** "federalAmountRequested" becomes "Federal amount requested". */
  static String label(String field) {
    String words = field.replaceAll("([A-Z])", " $1").toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
