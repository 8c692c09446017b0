package org.algos.careplan.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.algos.careplan.diary.DiaryEntry;
import org.algos.careplan.diary.PainDiary;
import org.algos.domain.common.Page;
import org.algos.web.kit.portal.ChartSection;
import org.algos.web.kit.portal.Messages;
import org.algos.web.kit.portal.OwnRecord;
import org.algos.web.kit.portal.Shown;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The patient's diary: today's entry (written or corrected) and the earlier days, paged in the database. */
@Named
@ViewScoped
public class MyDiaryBean extends OwnRecord {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELD_LABELS = Map.of("pain", "Pain", "sleepHours", "Hours of sleep",
            "activityMinutes", "Minutes of activity", "medicationTaken", "Medicines taken", "note", "Note",
            "date", "Day");

    /** One day as a table row. */
    public record DayRow(String date, int pain, String sleep, String activity, String medication, String note)
            implements Serializable {

        static DayRow of(DiaryEntry d) {
            return new DayRow(Shown.date(d.day()), d.pain(), d.sleepHours() == null ? "" : Shown.number(d.sleepHours()),
                    d.activityMinutes() == null ? "" : String.valueOf(d.activityMinutes()),
                    d.medicationTaken() == null ? "" : d.medicationTaken(), d.note() == null ? "" : d.note());
        }
    }

    @Inject
    private PainDiary diary;

    @Inject
    private Clock clock;

    private Long patientId;
    private LocalDate today;
    private boolean writtenToday;
    private Integer pain;
    private Double sleepHours;
    private Integer activityMinutes;
    private String medicationTaken;
    private String note;
    private int total;

    private final LazyDataModel<DayRow> days = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        /** The total read when the page opened (and counted up by a first save), so counting costs no query. */
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return total;
        }

        @Override
        public List<DayRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (patientId == null) {
                return List.of();
            }
            return read(first / pageSize, pageSize).map(p -> {
                setRowCount((int) p.total());
                return p.items().stream().map(DayRow::of).toList();
            }).orElse(List.of());
        }

        @Override
        public String getRowKey(DayRow row) {
            return row.date();
        }

        @Override
        public DayRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> r.date().equals(rowKey)).findFirst().orElse(null);
        }
    };

    @PostConstruct
    void load() {
        patientId = ownPatientId();
        today = LocalDate.now(clock);
        if (patientId == null) {
            return;
        }
        read(0, 1).ifPresent(p -> {
            total = (int) p.total();
            p.items().stream().filter(d -> d.day().equals(today)).findFirst().ifPresent(d -> {
                writtenToday = true;
                pain = d.pain();
                sleepHours = d.sleepHours();
                activityMinutes = d.activityMinutes();
                medicationTaken = d.medicationTaken();
                note = d.note();
            });
        });
    }

    private Optional<Page<DiaryEntry>> read(int page, int size) {
        try {
            return Optional.of(diary.read(patientId, page, size));
        } catch (RuntimeException e) {
            if (!Messages.report(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    public void save() {
        if (patientId == null) {
            return;
        }
        if (pain == null) {
            Messages.error("Pain: choose a number from 0 (no pain) to 10 (worst imaginable).");
            return;
        }
        boolean saved = ChartSection.attempt(() -> diary.write(patientId, new PainDiary.Day(today.toString(), pain,
                sleepHours, activityMinutes, medicationTaken, note)), FIELD_LABELS);
        if (saved) {
            Messages.info(writtenToday ? "Today's entry is updated." : "Today's entry is saved. Thank you.");
            total += writtenToday ? 0 : 1;
            writtenToday = true;
        }
    }

    public List<Integer> getPainScale() {
        return IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public LazyDataModel<DayRow> getDays() {
        return days;
    }

    public String getToday() {
        return Shown.date(today);
    }

    public boolean isWrittenToday() {
        return writtenToday;
    }

    public boolean isReady() {
        return patientId != null;
    }

    public Integer getPain() {
        return pain;
    }

    public void setPain(Integer pain) {
        this.pain = pain;
    }

    public Double getSleepHours() {
        return sleepHours;
    }

    public void setSleepHours(Double sleepHours) {
        this.sleepHours = sleepHours;
    }

    public Integer getActivityMinutes() {
        return activityMinutes;
    }

    public void setActivityMinutes(Integer activityMinutes) {
        this.activityMinutes = activityMinutes;
    }

    public String getMedicationTaken() {
        return medicationTaken;
    }

    public void setMedicationTaken(String medicationTaken) {
        this.medicationTaken = medicationTaken;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
