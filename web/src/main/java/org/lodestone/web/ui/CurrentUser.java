package org.lodestone.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.lodestone.identity.Caller;
import org.lodestone.identity.CallerService;
import org.lodestone.identity.Role;

/** Who is signed in, for the layout and role-aware navigation. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private CallerService callers;
  private Caller caller;

  @PostConstruct
  void load() {
    caller = callers.current();
  }

  public String getUsername() {
    return caller.username();
  }

  public String getFullName() {
    return caller.fullName();
  }

  public String getRoleLabels() {
    return caller.roles().stream().map(CurrentUser::label).collect(Collectors.joining(", "));
  }

  public boolean is(String role) {
    return caller.has(Role.valueOf(role));
  }

  public boolean isApplicant() {
    return caller.has(Role.APPLICANT);
  }

  public boolean isStaff() {
    return caller.seesAllOrganizations();
  }

  /** The roles that read the program dashboard: agency staff and auditors. */
  public boolean isProgramReader() {
    return java.util.stream.Stream.of(
            Role.PROGRAM_OFFICER,
            Role.SELECTING_OFFICIAL,
            Role.FINANCE_OFFICER,
            Role.PERMITTING_SPECIALIST,
            Role.AUDITOR,
            Role.ADMIN)
        .anyMatch(caller::has);
  }

  public boolean isAuditor() {
    return caller.has(Role.AUDITOR) || caller.has(Role.ADMIN);
  }

  public Caller caller() {
    return caller;
  }

  static String label(Role role) {
    return words(role.name());
  }

  /** "BUDGET_JUSTIFICATION" becomes "Budget justification". */
  static String words(String code) {
    String words = code.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
