package org.lodestone.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lodestone.shared.RuleViolationException;
import org.lodestone.shared.StateConflictException;

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

  private static Response map(Throwable t) {
    if (t instanceof RuleViolationException e) {
      return Problem.response(Problem.UNPROCESSABLE, e.getMessage(), e.violations());
    }
    if (t instanceof StateConflictException || t instanceof OptimisticLockException) {
      return Problem.response(
          409,
          t instanceof StateConflictException
              ? t.getMessage()
              : "someone else changed this object at the same time: reload it and try again");
    }
    if (t instanceof org.lodestone.shared.NotFoundException) {
      return Problem.response(404, t.getMessage());
    }
    if (t instanceof EJBAccessException) {
      return Problem.response(403, "your role may not do this");
    }
    if (t instanceof JsonbException || t instanceof ProcessingException) {
      return Problem.response(
          400, "the request body is not valid JSON for this call: " + t.getMessage());
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
