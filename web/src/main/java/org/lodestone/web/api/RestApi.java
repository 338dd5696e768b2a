package org.lodestone.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1, under {@code /lodestone/api/v1}; the server generates its OpenAPI
 * document at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
public class RestApi extends Application {}
