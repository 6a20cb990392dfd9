package app.loadwise.traininglog.rest;

import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.traininglog.importing.ImportFileException;
import app.loadwise.traininglog.plan.PlanImportResult;
import app.loadwise.traininglog.plan.PlanImports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A club's plan from a file. POST uploads a workbook with a Plan sheet, or a CSV file of plan rows (multipart/form-data,
 * part {@code file}); with {@code dryRun=true} it answers the athletes' weeks it would replace and every error; without,
 * it replaces them in one transaction, or writes nothing (422 with every error) when the file has any error.
 */
@Path("clubs/{clubId}/plan-imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClubPlanImportsResource {

    /** Room for the multipart framing around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    PlanImports plans;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public PlanImportResult upload(@PathParam("clubId") long clubId, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                   @HeaderParam("Content-Length") Long length, List<EntityPart> parts) {
        if (length != null && length > plans.maxUploadBytes() + MULTIPART_OVERHEAD) {
            throw ImportFileException.tooLarge("the upload is " + length + " bytes, above the limit of " + plans.maxUploadBytes()
                    + " bytes (the limit is set by LOADWISE_IMPORT_MAX_BYTES).");
        }
        EntityPart file = (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName()))
                .findFirst().orElseThrow(() -> new InvalidValueException("file",
                        "attach the plan (.xlsx with a Plan sheet, or .csv) as the multipart part 'file'"));
        String fileName = UploadFileNames.of(file.getHeaders().getFirst("Content-Disposition"), file.getFileName().orElse(null));
        try (InputStream content = file.getContent()) {
            return plans.upload(clubId, fileName, content, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
