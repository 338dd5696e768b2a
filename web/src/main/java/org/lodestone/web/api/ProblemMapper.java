package org.lodestone.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lodestone.shared.Decimals;
import org.lodestone.shared.ForbiddenException;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;
import org.lodestone.shared.Violation;

/**
 * Every failure becomes a problem document with the status API.md gives: rules 422, state 409,
 * unknown or someone else's 404, role 403, malformed input 400. Never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      Response response = map(t);
      if (response != null) {
        return response;
      }
    }
    LOG.log(Level.SEVERE, "Unexpected failure", exception);
    return Problem.response(500, "An unexpected error occurred; it has been logged.");
  }

  /**
   * A lost race with another request: an optimistic version clash, a lock not granted in time, or a
   * deadlock the database broke (SQLSTATE 40001 serialization failure, 40P01 deadlock).
   */
  private static boolean lostRace(Throwable t) {
    if (t instanceof OptimisticLockException
        || t instanceof PessimisticLockException
        || t instanceof LockTimeoutException
        || t instanceof org.camunda.bpm.engine.OptimisticLockingException) {
      return true;
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      return state != null && (state.startsWith("40") || "HYT00".equals(state));
    }
    return false;
  }

  /**
   * Malformed JSON, or a value of the wrong type or size: 400 naming the property when known,
   * without repeating what was sent.
   */
  private static Response unreadable(Throwable t) {
    String property = null;
    for (Throwable c = t; c != null && property == null; c = c.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(c.getMessage()));
      if (m.find() && m.group(1).length() <= 60) {
        property = m.group(1);
      }
    }
    String detail =
        property == null
            ? "the request body is not valid JSON for this call"
            : "the request body has a value for " + property + " of the wrong type or size";
    return property == null
        ? Problem.response(400, detail)
        : Problem.response(400, detail, List.of(new Violation(property, BOUNDED)));
  }

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");
  private static final String BOUNDED =
      "must be of the type this call expects; numbers " + Decimals.RULE;

  private static Response map(Throwable t) {
    if (t instanceof RuleViolationException e) {
      return Problem.response(Problem.UNPROCESSABLE, e.getMessage(), e.violations());
    }
    if (t instanceof StateConflictException) {
      return Problem.response(409, t.getMessage());
    }
    if (lostRace(t)) {
      return Problem.response(
          409, "someone else changed this object at the same time: reload it and try again");
    }
    if (t instanceof ForbiddenException) {
      return Problem.response(403, t.getMessage());
    }
    if (t instanceof org.lodestone.shared.NotFoundException) {
      return Problem.response(404, t.getMessage());
    }
    if (t instanceof EJBAccessException) {
      return Problem.response(403, "your role may not do this");
    }
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return unreadable(t);
    }
    if (t instanceof NotFoundException) {
      return Problem.response(404, "no such resource");
    }
    if (t instanceof NotAllowedException) {
      return Problem.response(405, "method not allowed here");
    }
    if (t instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      return Problem.response(e.getResponse().getStatus(), t.getMessage());
    }
    return null;
  }
}
