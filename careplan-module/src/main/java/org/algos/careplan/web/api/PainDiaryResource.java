package org.algos.careplan.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.diary.PainDiary;
import org.algos.web.kit.api.JsonBody;
import org.algos.web.kit.api.PageView;
import org.algos.web.kit.api.QueryInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** The patient's pain diary: the patient writes a day, the care team reads. */
@Path("patients/{patientId: [0-9]+}/diary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PainDiaryResource {

    /** One day of the diary. */
    public record DayView(long id, LocalDate date, int pain, Double sleepHours, Integer activityMinutes,
                          String medicationTaken, String note) {

        static DayView of(DiaryEntry d) {
            return new DayView(d.id(), d.day(), d.pain(), d.sleepHours(), d.activityMinutes(), d.medicationTaken(),
                    d.note());
        }
    }

    @Inject
    private PainDiary diary;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Patient: write (or correct) a day: date (today by default), pain 0-10, sleepHours, "
            + "activityMinutes, medicationTaken, note")
    public DayView write(@PathParam("patientId") long patientId,
                         @RequestBody(content = @Content(schema = @Schema(implementation = PainDiaryWriteBody.class)))
                         String body) {
        JsonBody json = JsonBody.of(body);
        PainDiary.Day day = new PainDiary.Day(json.text("date"), json.integer("pain"),
                json.decimal("sleepHours"), json.integer("activityMinutes"),
                json.text("medicationTaken"), json.text("note"));
        json.done();
        return DayView.of(diary.write(patientId, day));
    }

    @GET
    @Operation(summary = "The diary, newest day first, paged")
    public PageView<DayView> read(@PathParam("patientId") long patientId, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        QueryInput.PageRequest paging = QueryInput.page(page, size, 31);
        return PageView.of(diary.read(patientId, paging.page(), paging.size()).map(DayView::of));
    }

    // --- request bodies, as the OpenAPI document shows them ---------------------------------

    /** A request body for the OpenAPI document; the method reads exactly these fields. */
    public record PainDiaryWriteBody(String date, Integer pain, Double sleepHours, Integer activityMinutes,
                                     String medicationTaken, String note) {
    }
}
