package org.algos.diagnosis.instrument;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.algos.domain.patient.Sex;

/**
 * Opioid Risk Tool (ORT, Webster 2005): yes/no risk factors whose points differ by sex; the
 * score is the sum of the points of the factors present; 0–3 low, 4–7 moderate, ≥8 high risk;
 * no MCID. Points (female / male) as Webster 2005 gives them.
 *
 * <p>Project choices, not clinical facts: a factor whose key is absent counts as not present
 * (the REST contract sends factors "true when present"); for sex other or unknown each factor
 * counts the higher of its female and male points, so that risk is never underestimated, and
 * the score says so.
 */
public final class OpioidRiskTool implements Instrument {

    /** One risk factor and its points by sex. */
    private record Factor(String key, String label, int female, int male) {

        int points(Sex sex) {
            return switch (sex) {
                case FEMALE -> female;
                case MALE -> male;
                case OTHER, UNKNOWN -> Math.max(female, male);
            };
        }
    }

    private static final List<Factor> FACTORS = List.of(
            new Factor("familyAlcohol", "Family history: alcohol abuse", 1, 3),
            new Factor("familyIllegalDrugs", "Family history: illegal drugs", 2, 3),
            new Factor("familyPrescriptionDrugs", "Family history: prescription drugs", 4, 4),
            new Factor("personalAlcohol", "Personal history: alcohol abuse", 3, 3),
            new Factor("personalIllegalDrugs", "Personal history: illegal drugs", 4, 4),
            new Factor("personalPrescriptionDrugs", "Personal history: prescription drugs", 5, 5),
            new Factor("age16to45", "Age 16–45", 1, 1),
            new Factor("preadolescentSexualAbuse", "Pre-adolescent sexual abuse", 3, 0),
            new Factor("psychologicalDisease", "ADD, OCD, bipolar or schizophrenia", 2, 2),
            new Factor("depression", "Depression", 1, 1));

    private static final List<Item> ITEMS = FACTORS.stream()
            .map(factor -> new Item(factor.key(), factor.label(), 0, 1))
            .toList();

    @Override
    public String code() {
        return "ORT";
    }

    @Override
    public String name() {
        return "Opioid Risk Tool";
    }

    @Override
    public List<Item> items() {
        return ITEMS;
    }

    @Override
    public boolean needsSex() {
        return true;
    }

    @Override
    public Score score(Answers answers) {
        AnswerCheck.require(this, answers);
        Sex sex = answers.sex();
        int total = 0;
        for (Factor factor : FACTORS) {
            if (answers.isAnswered(factor.key()) && answers.value(factor.key()) == 1) {
                total += factor.points(sex);
            }
        }
        String note = sex == Sex.OTHER || sex == Sex.UNKNOWN
                ? "Sex is " + sex.code() + ": each factor counts the higher of its female and male points, "
                        + "so that the risk is not underestimated"
                : null;
        return new Score(total, null, band(total), Map.of(), List.of(), true, note);
    }

    private static String band(int total) {
        if (total <= 3) {
            return "low risk";
        }
        return total <= 7 ? "moderate risk" : "high risk";
    }

    @Override
    public Optional<Mcid> mcid() {
        return Optional.empty();
    }

    /** The total. */
    @Override
    public double changeMetric(Score score) {
        return score.requireValid().total();
    }

    @Override
    public String source() {
        return "Opioid Risk Tool (Webster & Webster 2005, Pain Med 6:432); points by sex and risk bands";
    }
}
