package org.algos.diagnosis.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.algos.domain.common.FieldError;
import org.algos.domain.common.InvalidInputException;
import org.algos.domain.patient.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue as the REST contract and the clinical reference describe it, and checks common to every instrument. */
class InstrumentCatalogueTest {

    static Stream<Instrument> instruments() {
        return InstrumentCatalogue.all().stream();
    }

    @Test
    void listsTheTenInstrumentsInCatalogueOrder() {
        assertEquals(List.of("BPI", "ODI", "NDI", "PHQ9", "GAD7", "PCS", "DN4", "PEG", "STARTBACK", "ORT"),
                InstrumentCatalogue.all().stream().map(Instrument::code).toList());
    }

    @Test
    void findsByCodeIgnoringCase() {
        assertEquals("PHQ9", InstrumentCatalogue.find("phq9").orElseThrow().code());
        assertEquals("STARTBACK", InstrumentCatalogue.find("StartBack").orElseThrow().code());
        assertTrue(InstrumentCatalogue.find("PHQ-9").isEmpty());
        assertTrue(InstrumentCatalogue.find(null).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1} items, {2}–{3}")
    @CsvSource({
        "ODI, 10, 0, 5", "NDI, 10, 0, 5", "PHQ9, 9, 0, 3", "GAD7, 7, 0, 3", "PCS, 13, 0, 4",
        "DN4, 10, 0, 1", "PEG, 3, 0, 10" })
    void numberedInstrumentsHaveKeysOneToNWithThePublishedRange(String code, int count, int min, int max) {
        List<Item> items = InstrumentCatalogue.find(code).orElseThrow().items();

        assertEquals(IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList(),
                items.stream().map(Item::key).toList());
        assertTrue(items.stream().allMatch(item -> item.min() == min && item.max() == max));
    }

    @Test
    void bpiAndOrtUseTheNamedKeysOfTheRestContract() {
        assertEquals(List.of("worst", "least", "average", "now", "generalActivity", "mood", "walkingAbility",
                "normalWork", "relations", "sleep", "enjoymentOfLife"),
                InstrumentCatalogue.find("BPI").orElseThrow().items().stream().map(Item::key).toList());
        assertEquals(List.of("familyAlcohol", "familyIllegalDrugs", "familyPrescriptionDrugs", "personalAlcohol",
                "personalIllegalDrugs", "personalPrescriptionDrugs", "age16to45", "preadolescentSexualAbuse",
                "psychologicalDisease", "depression"),
                InstrumentCatalogue.find("ORT").orElseThrow().items().stream().map(Item::key).toList());
    }

    @Test
    void startBackAgreeItemsAreYesNoAndBothersomenessZeroToFour() {
        List<Item> items = InstrumentCatalogue.find("STARTBACK").orElseThrow().items();

        assertEquals(9, items.size());
        assertTrue(items.subList(0, 8).stream().allMatch(item -> item.min() == 0 && item.max() == 1));
        assertEquals(4, items.get(8).max());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "BPI, 1, POINTS", "ODI, 10, POINTS", "NDI, 7.5, POINTS", "PHQ9, 5, POINTS", "GAD7, 4, POINTS",
        "PEG, 30, PERCENT_REDUCTION" })
    void mcidsAreThoseOfTheReference(String code, double amount, Mcid.Kind kind) {
        Mcid mcid = InstrumentCatalogue.find(code).orElseThrow().mcid().orElseThrow();

        assertEquals(amount, mcid.amount(), 1e-9);
        assertEquals(kind, mcid.kind());
    }

    @ParameterizedTest
    @CsvSource({ "PCS", "DN4", "STARTBACK", "ORT" })
    void instrumentsWithoutAReferenceMcidHaveNone(String code) {
        assertTrue(InstrumentCatalogue.find(code).orElseThrow().mcid().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instruments")
    void everyInstrumentRejectsAnUnknownKeyByName(Instrument instrument) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("bogus", 0);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> instrument.score(new Answers(answers, Sex.FEMALE)));

        assertEquals(List.of(new FieldError("answers.bogus", "is not an item of " + instrument.code())), e.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instruments")
    void everyInstrumentRejectsAValueAboveItsFirstItemsRange(Instrument instrument) {
        Item first = instrument.items().get(0);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> instrument.score(new Answers(Map.of(first.key(), first.max() + 1), Sex.MALE)));

        assertEquals(List.of(new FieldError("answers." + first.key(),
                "must be between " + first.min() + " and " + first.max())), e.errors());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instruments")
    void everyInstrumentNamesItsSourceAndOnlyOrtNeedsSex(Instrument instrument) {
        assertFalse(instrument.source().isBlank());
        assertFalse(instrument.name().isBlank());
        assertEquals(instrument.code().equals("ORT"), instrument.needsSex());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instruments")
    void anEmptyFormIsNeverAValidScore(Instrument instrument) {
        Score score = instrument.score(new Answers(Map.of(), Sex.FEMALE));

        if (instrument.code().equals("ORT")) {
            assertTrue(score.valid(), "ORT lists the factors present; none present scores 0");
            assertEquals(0, score.total(), 1e-9);
        } else {
            assertFalse(score.valid());
            assertThrows(IllegalArgumentException.class, () -> instrument.changeMetric(score));
        }
    }
}
