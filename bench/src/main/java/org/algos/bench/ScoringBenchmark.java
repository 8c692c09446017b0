package org.algos.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.algos.diagnosis.instrument.Answers;
import org.algos.diagnosis.instrument.Instrument;
import org.algos.diagnosis.instrument.InstrumentCatalogue;
import org.algos.diagnosis.instrument.Item;
import org.algos.diagnosis.instrument.Score;
import org.algos.domain.patient.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to score 10,000 completed assessments, spread over all ten instruments with random valid
 * answers (a fixed seed, so every run scores the same forms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    static final int ASSESSMENTS = 10_000;

    private final List<Instrument> instruments = new ArrayList<>();
    private final List<Answers> forms = new ArrayList<>();

    @Setup
    public void makeForms() {
        Random random = new Random(42);
        List<Instrument> all = InstrumentCatalogue.all();
        for (int i = 0; i < ASSESSMENTS; i++) {
            Instrument instrument = all.get(i % all.size());
            Map<String, Integer> values = new HashMap<>();
            for (Item item : instrument.items()) {
                values.put(item.key(), item.min() + random.nextInt(item.max() - item.min() + 1));
            }
            instruments.add(instrument);
            forms.add(new Answers(values, random.nextBoolean() ? Sex.FEMALE : Sex.MALE));
        }
    }

    @Benchmark
    public void score10000(Blackhole sink) {
        for (int i = 0; i < ASSESSMENTS; i++) {
            Score score = instruments.get(i).score(forms.get(i));
            sink.consume(score);
        }
    }
}
