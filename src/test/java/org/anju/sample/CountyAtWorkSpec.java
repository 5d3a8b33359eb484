package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.casework.CaseState;
import org.anju.casework.CaseTransitions;
import org.anju.casework.DocumentKind;
import org.anju.sample.generator.SampleCountyGeneratorAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample county at work: a generated county (seed 140825, 12 000 houses, with its
 * {@code county-at-work.properties}) loaded at start-up shows cases in every state with the documents
 * their state requires, deadlines counted from the load day, and the two campaigns half and mostly done.
 */
abstract class CountyAtWorkSpec {

    static final Path PACKAGE = generated();

    @DynamicPropertySource
    static void packageDirectory(DynamicPropertyRegistry registry) {
        registry.add("anju.sample-data.directory", PACKAGE::toString);
        registry.add("anju.data-dir", () -> PACKAGE.resolveSibling(PACKAGE.getFileName() + "-data").toString());
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountyAtWork atWork;

    @Test
    void theLedgerHoldsCasesInEveryStateForTheTargetHouseholdsOfCOrDHouses() {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        jdbc.queryForList("SELECT DISTINCT state FROM casework_case", String.class)
                .forEach(s -> states.add(CaseState.valueOf(s)));
        assertThat(states).containsExactlyInAnyOrder(CaseState.values());
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM casework_case c JOIN house h ON h.id = c.house_id
                JOIN household r ON r.id = c.household_id
                WHERE c.state <> 'DISCOVERED' AND (h.grade NOT IN ('C', 'D') OR r.primary_category IS NULL)
                """, Long.class)).isZero();
        long missing = jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h WHERE h.grade IN ('C', 'D') AND h.occupancy <> 'DEMOLISHED'
                  AND EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                  AND NOT EXISTS (SELECT 1 FROM casework_case c WHERE c.house_id = h.id)
                """, Long.class);
        assertThat(missing).as("C/D houses of target households without a case").isZero();
    }

    @Test
    void everyCaseHasTheDocumentsItsStateRequires() {
        List<Map<String, Object>> cases = jdbc.queryForList("SELECT id, state, house_id FROM casework_case "
                + "WHERE state <> 'REJECTED'");
        assertThat(cases).hasSizeGreaterThan(30);
        for (Map<String, Object> c : cases) {
            CaseState state = CaseState.valueOf((String) c.get("state"));
            Set<DocumentKind> onFile = EnumSet.noneOf(DocumentKind.class);
            jdbc.queryForList("SELECT kind FROM casework_document WHERE case_id = ?", String.class, c.get("id"))
                    .forEach(k -> onFile.add(DocumentKind.valueOf(k)));
            CaseState reached = state == CaseState.WITHDRAWN ? CaseState.ASSESSED : state;
            assertThat(onFile).as("documents of case %s in %s", c.get("id"), state)
                    .containsAll(CaseTransitions.required(state, reached, c.get("house_id") != null));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_transition", Long.class))
                .isGreaterThan(4L * cases.size());
    }

    @Test
    void mostDeadlinesAreAheadSomeAreDueWithinAWeekAndAFewArePast() {
        LocalDate today = LocalDate.now();
        List<LocalDate> due = jdbc.queryForList("SELECT deadline_on FROM casework_case WHERE deadline_on IS NOT NULL",
                Date.class).stream().map(Date::toLocalDate).toList();
        long overdue = due.stream().filter(d -> d.isBefore(today)).count();
        long soon = due.stream().filter(d -> !d.isBefore(today) && !d.isAfter(today.plusDays(7))).count();
        long ahead = due.size() - overdue - soon;
        assertThat(overdue).as("overdue of %s", due.size()).isPositive().isLessThan(due.size() / 5);
        assertThat(soon).as("due within 7 days").isPositive();
        assertThat(ahead).as("ahead").isPositive();
        assertThat(ahead + soon).isGreaterThan(due.size() * 4 / 5);
    }

    @Test
    void theRoutineCampaignIsHalfDoneAndTheFloodCampaignMostlyWithPhotos() {
        Map<String, Object> routine = progress("PERSON_TO_HOUSE");
        long tasks = ((Number) routine.get("tasks")).longValue();
        assertThat(tasks).isPositive();
        assertThat(((Number) routine.get("done")).longValue()).isEqualTo((tasks + 1) / 2);
        Map<String, Object> flood = progress("EMERGENCY");
        long floodTasks = ((Number) flood.get("tasks")).longValue();
        assertThat(floodTasks).isGreaterThan(5);
        assertThat(((Number) flood.get("done")).longValue()).isEqualTo(floodTasks - floodTasks / 5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inspection_photo", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_case WHERE state = 'DISCOVERED'", Long.class))
                .as("cases opened by the routine campaign's findings").isEqualTo(3);
    }

    @Test
    void theSameSeedOnTheSameDayGivesTheSamePresent() {
        List<Map<String, Object>> first = present();
        jdbc.update("DELETE FROM inspection_photo");
        jdbc.update("DELETE FROM inspection_task");
        jdbc.update("DELETE FROM inspection_campaign");
        jdbc.update("DELETE FROM casework_document");
        jdbc.update("DELETE FROM casework_transition");
        jdbc.update("DELETE FROM casework_case");
        jdbc.update("UPDATE house SET has_open_case = FALSE");

        atWork.create(PACKAGE);

        assertThat(present()).isEqualTo(first);
    }

    private List<Map<String, Object>> present() {
        return jdbc.queryForList("""
                SELECT h.code, r.code AS household, c.state, c.discovered_on, c.approved_on, c.accepted_on, c.deadline_on,
                       (SELECT COUNT(*) FROM casework_document d WHERE d.case_id = c.id) AS documents
                FROM casework_case c LEFT JOIN house h ON h.id = c.house_id JOIN household r ON r.id = c.household_id
                ORDER BY r.code
                """);
    }

    private Map<String, Object> progress(String kind) {
        return jdbc.queryForMap("""
                SELECT COUNT(*) AS tasks, SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END) AS done
                FROM inspection_task t JOIN inspection_campaign c ON c.id = t.campaign_id WHERE c.kind = ?
                """, kind);
    }

    private static Path generated() {
        try {
            Path directory = Files.createTempDirectory("county-at-work");
            SampleCountyGeneratorAccess.generate(140825, 12_000, directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
