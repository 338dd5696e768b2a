package org.lodestone.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.lodestone.award.application.AwardService;
import org.lodestone.award.domain.Award;
import org.lodestone.intake.domain.Application;
import org.lodestone.intake.domain.ApplicationDetails;
import org.lodestone.permitting.application.PermittingService;
import org.lodestone.permitting.domain.Permit;
import org.lodestone.permitting.domain.PermitChange;
import org.lodestone.permitting.domain.PermitStatus;
import org.lodestone.shared.ProgramClock;
import org.lodestone.workflow.permitting.PermittingProcess;

/**
 * A project's permitting timetable in the CEQ NEPA and Permitting Data and Technology Standard
 * (version 1.2): the project, its process instance, a case event for every date and status of every
 * action (a target date and an actual date are separate events, as a case event has one datetime),
 * and the process model that drives it (the BPMN of PermittingTimetableProcess).
 * docs/nepa-export.md names each field mapped and each left out.
 */
@Path("exports/nepa")
public class NepaExportResource {

  static final String AGENCY = "U.S. Department of Energy";
  static final String SYSTEM = "Lodestone";

  @Inject private AwardService awards;
  @Inject private PermittingService permitting;
  @Inject private RepositoryService repository;
  @Inject private ProgramClock clock;

  @GET
  @Path("{awardId: [0-9]{1,18}}.json")
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject export(@PathParam("awardId") long awardId) {
    Award award = awards.get(awardId);
    Application application = awards.application(award);
    ApplicationDetails d = application.details();
    List<Permit> permits = awards.permits(awardId);
    Instant now = clock.now();
    LocalDate today = clock.today();
    ProcessDefinition model =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(PermittingProcess.ID)
            .latestVersion()
            .singleResult();

    JsonObjectBuilder project = provenance(Json.createObjectBuilder(), award.version(), now);
    project
        .add("id", award.id())
        .add("title", d.title())
        .add("description", d.summary() == null ? d.title() : d.summary())
        .add("sponsor", awards.recipient(award).legalName())
        .add("lead_agency", AGENCY)
        .add("current_status", projectStatus(award, permits))
        .add("sector", "Critical minerals")
        .add(
            "funding",
            "Federal financial assistance "
                + award.number()
                + ": "
                + award.obligatedAmount().formatted())
        .add("created_at", award.createdAt().toString());
    if (d.topicArea() != null) {
      project.add("type", d.topicArea().name());
    }
    if (award.start() != null) {
      project.add("start_date", award.start().toString());
    }
    if (d.site().latitude() != null && d.site().longitude() != null) {
      project.add("location_lat", d.site().latitude()).add("location_lon", d.site().longitude());
    }
    if (d.site().county() != null || d.site().state() != null) {
      project.add(
          "location_text",
          (d.site().county() == null ? "" : d.site().county() + " County, ")
              + (d.site().state() == null ? "" : d.site().state()));
    }

    JsonObjectBuilder instance =
        provenance(Json.createObjectBuilder(), award.version(), now)
            .add("id", award.id())
            .add("parent_project_id", award.id())
            .add("type", "Permitting timetable (FAST-41)")
            .add("status", instanceStatus(permits))
            .add("lead_agency", AGENCY)
            .add("federal_id", award.number())
            .add("process_code", PermittingProcess.ID)
            .add("description", "Permits and environmental reviews of award " + award.number())
            .add("process_model", "1");
    permits.stream()
        .map(Permit::timetableStart)
        .min(LocalDate::compareTo)
        .ifPresent(start -> instance.add("start_date", start.toString()));
    if (!permits.isEmpty() && permits.stream().allMatch(p -> p.status() == PermitStatus.COMPLETE)) {
      permits.stream()
          .map(Permit::actualDate)
          .max(LocalDate::compareTo)
          .ifPresent(end -> instance.add("complete_date", end.toString()));
    }

    JsonArrayBuilder events = Json.createArrayBuilder();
    long[] next = {1};
    for (Permit p : permits) {
      if (p.originalTargetDate() != null) {
        events.add(
            event(
                next[0]++,
                award,
                p,
                "planned",
                p.originalTargetDate().toString(),
                "pending",
                "Original target date",
                now));
      }
      for (PermitChange c : permitting.history(p.id())) {
        String when = c.at().toString();
        String description =
            c.field()
                + " from "
                + c.before()
                + " to "
                + c.after()
                + (c.reason() == null ? "" : ": " + c.reason())
                + (c.category() == null ? "" : " (" + c.category().name() + ")");
        String status = "pending";
        String datetime = when;
        if (c.field().equals("targetDate") && c.after() != null) {
          datetime = c.after();
        } else if (c.field().equals("actualDate") && c.after() != null) {
          datetime = c.after();
          status = "completed";
        } else if (c.field().equals("status")) {
          status = eventStatus(c.after());
        }
        events.add(event(next[0]++, award, p, c.field(), datetime, status, description, now));
      }
      if (p.actualDate() == null && p.targetDate() != null && p.missed(today)) {
        events.add(
            event(
                next[0]++,
                award,
                p,
                "missed",
                p.targetDate().toString(),
                "pending",
                "Target date missed",
                now));
      }
    }

    JsonObjectBuilder processModel =
        provenance(Json.createObjectBuilder(), model == null ? 1 : model.getVersion(), now)
            .add("id", 1)
            .add("title", model == null ? PermittingProcess.ID : model.getName())
            .add(
                "description",
                "The BPMN 2.0 model that carries the timetable's timers: the quarterly confirmation,"
                    + " the daily look for missed dates and each missed date's monthly report.")
            .add("agency", AGENCY);
    if (model != null) {
      processModel.add(
          "bpmn_model",
          Json.createObjectBuilder()
              .add("format", "BPMN 2.0 XML")
              .add("process_id", model.getKey())
              .add("version", model.getVersion())
              .add("xml", bpmn(model)));
    }

    JsonObject theInstance = instance.build();
    return Json.createObjectBuilder()
        .add("projects", Json.createArrayBuilder().add(project))
        // the schema's property is spelled processe_instances, its dependencies name
        // process_instances: the list is under both, so that it validates and reads under either
        .add("processe_instances", Json.createArrayBuilder().add(theInstance))
        .add("process_instances", Json.createArrayBuilder().add(theInstance))
        .add("case_events", events)
        .add("process_models", Json.createArrayBuilder().add(processModel))
        .build();
  }

  private JsonObjectBuilder event(
      long id,
      Award award,
      Permit p,
      String what,
      String datetime,
      String status,
      String description,
      Instant now) {
    return provenance(Json.createObjectBuilder(), 1, now)
        .add("id", id)
        .add("parent_process_id", award.id())
        .add("name", p.name() + ": " + what)
        .add("type", p.type().name())
        .add("datetime", datetime)
        .add("status", status)
        .add("description", description)
        .add("assigned_entity", p.agency() == null ? AGENCY : p.agency())
        .add("source", SYSTEM)
        .add("public_access", true)
        .add("other", Json.createObjectBuilder().add("lodestone_permit_id", p.id()));
  }

  private static JsonObjectBuilder provenance(JsonObjectBuilder b, long version, Instant now) {
    return b.add("record_owner_agency", AGENCY)
        .add("data_source_agency", AGENCY)
        .add("data_source_system", SYSTEM)
        .add("data_record_version", String.valueOf(version))
        .add("last_updated", now.toString())
        .add("retrieved_timestamp", now.toString());
  }

  private static String projectStatus(Award award, List<Permit> permits) {
    if (award.status().pending()) {
      return "pre-application";
    }
    if (award.status() == org.lodestone.award.domain.AwardStatus.SUSPENDED
        || permits.stream().anyMatch(p -> p.status() == PermitStatus.PAUSED)) {
      return "paused";
    }
    return award.status() == org.lodestone.award.domain.AwardStatus.CLOSED
        ? "completed"
        : "underway";
  }

  private static String instanceStatus(List<Permit> permits) {
    if (permits.stream().anyMatch(p -> p.status() == PermitStatus.PAUSED)) {
      return "paused";
    }
    if (!permits.isEmpty() && permits.stream().allMatch(p -> p.status() == PermitStatus.COMPLETE)) {
      return "completed";
    }
    return permits.stream().anyMatch(p -> p.status() != PermitStatus.PLANNED)
        ? "underway"
        : "planned";
  }

  private static String eventStatus(String permitStatus) {
    return switch (permitStatus == null ? "" : permitStatus) {
      case "COMPLETE", "DENIED", "WITHDRAWN" -> "completed";
      case "IN_PROGRESS", "PAUSED" -> "in progress";
      default -> "pending";
    };
  }

  private String bpmn(ProcessDefinition model) {
    try (InputStream in = repository.getProcessModel(model.getId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
