package jp.kochi.vrm.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/status}: the portal's REST layer answers. Public and free of data (like every page, it answers
 * 503 until start-up has succeeded); it proves that the portal's JAX-RS endpoints work beside the RESTEasy client
 * in the WAR.
 */
@Path("status")
public class ApiStatusResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String status() {
        return "{\"api\":\"UP\"}";
    }
}
