package app.loadwise.traininglog.rest;

import app.loadwise.domain.access.Caller;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import app.loadwise.traininglog.AthleteService;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.importing.ImportLauncher;
import app.loadwise.traininglog.importing.ImportUploads;
import app.loadwise.traininglog.importing.ImportView;
import app.loadwise.traininglog.importing.UploadRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A club's imports. POST uploads a file (multipart/form-data): part {@code file}, and optionally {@code athleteId}
 * (the file is one athlete's) and {@code createAthletes=true}; answers 201 with the dry run, or 202 while a large
 * file is checked by the batch job. GET lists the club's imports, newest first.
 */
@Path("clubs/{clubId}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClubImportsResource {

    /** Room for the multipart framing and the small parts around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    ImportUploads service;

    @Inject
    ImportLauncher launcher;

    @Inject
    AthleteService athletes;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("clubId") long clubId, @HeaderParam("Content-Length") Long length, List<EntityPart> parts) {
        if (length != null && length > service.maxUploadBytes() + MULTIPART_OVERHEAD) {
            throw ImportFileException.tooLarge("the upload is " + length + " bytes, above the limit of " + service.maxUploadBytes()
                    + " bytes; split the file (the limit is set by LOADWISE_IMPORT_MAX_BYTES).");
        }
        EntityPart file = part(parts, "file").orElseThrow(() -> new InvalidValueException("file",
                "attach the spreadsheet (.xlsx or .csv) as the multipart part 'file'"));
        Long athleteId = part(parts, "athleteId").map(p -> text(p, "athleteId")).filter(t -> !t.isBlank())
                .map(ClubImportsResource::athleteId).orElse(null);
        if (athleteId != null) {
            // another club's athlete answers exactly as an id that does not exist
            athletes.inClub(clubId, athleteId);
        }
        boolean create = part(parts, "createAthletes").map(p -> createAthletes(text(p, "createAthletes"))).orElse(false);
        String user = Caller.nameOf(security.getUserPrincipal());
        String fileName = UploadFileNames.of(file.getHeaders().getFirst("Content-Disposition"), file.getFileName().orElse(null));
        UploadRequest request = new UploadRequest(clubId, athleteId, fileName, create, user);
        try (InputStream content = file.getContent()) {
            ImportView view = launcher.upload(request, content);
            Response.Status status = view.status() == ImportView.Status.VALIDATING ? Response.Status.ACCEPTED : Response.Status.CREATED;
            return Response.status(status).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(view.id())).build())
                    .entity(view).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    public Page<ImportView> list(@PathParam("clubId") long clubId, @QueryParam("page") @Min(0) Integer page,
                                 @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return service.ofClub(clubId, PageRequest.of(page, size));
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static Long athleteId(String text) {
        String digits = text.startsWith("-") ? text.substring(1) : text;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("athleteId", "athleteId must be an id (a whole number), got '" + text + "'");
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException tooLong) {
            throw new InvalidValueException("athleteId", "athleteId is out of range, got '" + text + "'");
        }
    }

    /** A blank part is false, as no part is. */
    private static boolean createAthletes(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new InvalidValueException("createAthletes", "createAthletes must be true or false, got '" + text + "'");
        };
    }

    private static String text(EntityPart part, String name) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new InvalidValueException(name, name + " could not be read");
        }
    }
}
