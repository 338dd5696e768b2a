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
   * Runs a command of the page; a refusal is shown on the page and answers false, anything else
   * propagates.
   */
  static boolean attempt(Runnable command, String formId) {
    try {
      command.run();
      return true;
    } catch (RuntimeException e) {
      if (show(e, formId)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Shows a refusal from a service; returns false when it is not one we know (then it is rethrown
   * by the caller).
   */
  static boolean show(RuntimeException e, String formId) {
    return show(e, formId, false);
  }

  /**
   * As {@link #show(RuntimeException, String)}; with {@code listAll}, every field rule is also
   * listed on top (for forms whose fields are spread over steps that are not all on screen).
   */
  static boolean show(RuntimeException e, String formId, boolean listAll) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RuleViolationException rules) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent form = context.getViewRoot().findComponent(formId);
        int marked = 0;
        for (Violation v : rules.violations()) {
          UIComponent field = form == null ? null : form.findComponent(componentId(v.field()));
          String text =
              v.field().matches("[A-Z_]+")
                  ? rule(v.field()) + ": " + v.message()
                  : label(v.field()) + " " + v.message();
          if (field == null || listAll) {
            error(text);
          }
          if (field != null) {
            marked++;
            context.addMessage(
                field.getClientId(context),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
          }
        }
        if (marked > 0 && !listAll) {
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

  /** A rule's name in words: "COST_SHARE_RATIO" becomes "Cost share ratio"; FEOC stays. */
  static String rule(String name) {
    String words = name.replace('_', ' ').toLowerCase().replace("feoc", "FEOC");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "federalAmountRequested" becomes "Federal amount requested", "site.state" "Site state". */
  static String label(String field) {
    String words =
        field
            .replaceAll("\\[(\\d+)]", " $1")
            .replace('.', ' ')
            .replace('_', ' ')
            .replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Component ids cannot hold dots or brackets: "site.state" is the component "site_state". */
  static String componentId(String field) {
    return field.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
