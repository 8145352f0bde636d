package org.regionalcoop.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataValidatorTest {

    private static final String HEADER = "version: '1'\ngovernments:\n"
            + "  - { code: CN, name: Central Government, level: central }\n"
            + "  - { code: HN, name: Hunan, level: provincial, parent: CN, plate: central }\n";

    @Test
    void theShippedRegistryIsValid() throws IOException {
        byte[] content = new ClassPathResource("reference-data/governments.yaml").getContentAsByteArray();

        List<Government> governments = validate(content);

        assertThat(governments).extracting(Government::code).extracting(GovernmentCode::value)
                .contains("CN", "CN-CCA", "SH", "JS", "ZJ", "AH", "HN", "HN-PCA", "HN-CS", "HN-ZZ", "HN-XT");
    }

    @Test
    void namesTheGovernmentsOfAProvinceWithoutAnAgencyAsHavingNoReachableApprover() {
        List<Government> governments = validate(HEADER
                + "  - { code: CN-CCA, name: Central Agency, level: central, kind: coordination-agency, parent: CN }\n"
                + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN }\n"
                + "  - { code: HN-ZZ, name: Zhuzhou, level: municipal, parent: HN }\n"
                + "  - { code: SH, name: Shanghai, level: provincial, parent: CN, plate: east }\n"
                + "  - { code: HB, name: Hubei, level: provincial, parent: CN, plate: central }\n"
                + "  - { code: HB-PCA, name: Hubei Agency, level: provincial, kind: coordination-agency, parent: HB }\n"
                + "  - { code: HB-WH, name: Wuhan, level: municipal, parent: HB }\n"
                + "  - { code: HB-YC, name: Yichang, level: municipal, parent: HB }\n");

        assertThat(ReferenceDataValidator.withoutApprover(governments)).containsExactly(
                "HN-CS, HN-ZZ have no reachable approver: HN (Hunan) has no coordination agency to review agreements among them");
    }

    @Test
    void theShippedRegistryNamesItsProvincesWithoutAnAgency() throws IOException {
        byte[] content = new ClassPathResource("reference-data/governments.yaml").getContentAsByteArray();

        assertThat(ReferenceDataValidator.withoutApprover(validate(content)))
                .anyMatch(gap -> gap.startsWith("XJ-UR, XJ-CJ have no reachable approver: XJ (Xinjiang)"))
                .noneMatch(gap -> gap.contains("(Hunan)"));
    }

    @Test
    void citiesInheritTheirProvincesPlateAndAgenciesGetReviewRoles() {
        List<Government> governments = validate(HEADER
                + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN }\n"
                + "  - { code: HN-PCA, name: Agency, level: provincial, kind: coordination-agency, parent: HN }\n");

        Government changsha = governments.get(2);
        assertThat(changsha.plate()).contains(Plate.CENTRAL);
        assertThat(changsha.parent()).contains(new GovernmentCode("HN"));
        assertThat(changsha.roles()).containsExactly(Role.COORDINATOR, Role.LEADER, Role.FINANCE_OFFICER);
        assertThat(governments.get(3).roles()).contains(Role.REVIEWER, Role.GRANT_OFFICER, Role.ARBITRATOR);
        assertThat(governments.get(0).plate()).isEqualTo(Optional.empty());
    }

    @Test
    void rejectsAnUnknownParentNamingTheRow() {
        assertInvalid(HEADER + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HX }\n",
                "governments[2] (code 'HN-CS'): unknown parent 'HX'");
    }

    @Test
    void rejectsADuplicateCodeNamingBothRows() {
        assertInvalid(HEADER + "  - { code: HN, name: Hunan again, level: provincial, parent: CN, plate: central }\n",
                "governments[2] (code 'HN'): duplicate code; first defined at governments[1] (code 'HN')");
    }

    @Test
    void rejectsACycleNamingTheRowAndTheChain() {
        assertInvalid(HEADER
                        + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN-ZZ }\n"
                        + "  - { code: HN-ZZ, name: Zhuzhou, level: municipal, parent: HN-CS }\n",
                "governments[2] (code 'HN-CS'): parent chain forms a cycle: HN-CS -> HN-ZZ -> HN-CS");
    }

    @Test
    void rejectsALevelThatIsNotBelowTheParent() {
        assertInvalid(HEADER + "  - { code: HN-CS, name: Changsha, level: provincial, parent: HN }\n",
                "governments[2] (code 'HN-CS'): level 'provincial' is not below its parent's level 'provincial'");
    }

    @Test
    void rejectsAnAgencyAsASuperior() {
        assertInvalid(HEADER
                        + "  - { code: HN-PCA, name: Agency, level: provincial, kind: coordination-agency, parent: HN }\n"
                        + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN-PCA }\n",
                "governments[3] (code 'HN-CS'): parent 'HN-PCA' is a coordination agency");
    }

    @Test
    void rejectsUnknownValuesNamingTheField() {
        assertInvalid(HEADER + "  - { code: HN-CS, name: Changsha, level: city, parent: HN }\n",
                "governments[2] (code 'HN-CS'): unknown level 'city'");
        assertInvalid(HEADER + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN, roles: [reviewer] }\n",
                "governments[2] (code 'HN-CS'): role 'reviewer' is held only at coordination agencies");
        assertInvalid(HEADER + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN, plate: west }\n",
                "governments[2] (code 'HN-CS'): plate 'west' differs from its parent's plate 'central'");
    }

    @Test
    void rejectsAMissingParentBelowTheTop() {
        assertInvalid(HEADER + "  - { code: SH, name: Shanghai, level: provincial, plate: east }\n",
                "governments[2] (code 'SH'): missing 'parent'");
    }

    @Test
    void rejectsUnknownFieldsAndAMissingVersion() {
        assertThatThrownBy(() -> validate("version: '1'\ngovernments:\n  - { code: CN, nmae: x, level: central }\n"))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageContaining("test.yaml is not readable at line 3")
                .hasMessageContaining("nmae");
        assertThatThrownBy(() -> validate("governments:\n  - { code: CN, name: x, level: central }\n"))
                .hasMessage("Reference data test.yaml has no 'version'");
    }

    /** Population and GDP by which agreements may share benefits: whole residents, billion yuan, a year and a source. */
    @Test
    void aGovernmentsFiguresAreReadWithTheirYearAndSource() {
        List<Government> governments = validate(HEADER
                + "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN,\n"
                + "      indicators: { population: 10047914, gdp: '1214.25', year: 2020, source: 'Test census' } }\n"
                + "  - { code: HN-ZZ, name: Zhuzhou, level: municipal, parent: HN, indicators: { population: 3902738, year: 2020, source: Census } }\n");

        assertThat(governments.stream().filter(g -> g.code().value().equals("HN-CS")).findFirst().orElseThrow().indicators())
                .contains(new RegionalIndicators(10047914L, new java.math.BigDecimal("1214.25"), 2020, "Test census"));
        assertThat(governments.stream().filter(g -> g.code().value().equals("HN-ZZ")).findFirst().orElseThrow().indicators())
                .hasValueSatisfying(figures -> assertThat(figures.gdp()).isNull());
        assertThat(governments.stream().filter(g -> g.code().value().equals("HN")).findFirst().orElseThrow().indicators())
                .isEmpty();
    }

    @Test
    void figuresWithoutTheirYearOrSourceOrNotPositiveAreRefused() {
        String city = "  - { code: HN-CS, name: Changsha, level: municipal, parent: HN, indicators: ";
        assertInvalid(HEADER + city + "{ population: 10047914, year: 2020 } }\n", "'indicators.source' must say where");
        assertInvalid(HEADER + city + "{ population: 10047914, source: Census } }\n", "'indicators.year'");
        assertInvalid(HEADER + city + "{ population: 0, year: 2020, source: Census } }\n", "must be more than zero");
        assertInvalid(HEADER + city + "{ population: '10 million', year: 2020, source: Census } }\n", "not a whole number");
        assertInvalid(HEADER + city + "{ gdp: '1.00001', year: 2020, source: Census } }\n", "at most four decimals");
        assertInvalid(HEADER + city + "{ year: 2020, source: Census } }\n", "states neither 'population' nor 'gdp'");
    }

    private static void assertInvalid(String yaml, String expected) {
        assertThatThrownBy(() -> validate(yaml))
                .isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageStartingWith("Invalid reference data in test.yaml at ")
                .hasMessageContaining(expected);
    }

    private static List<Government> validate(String yaml) {
        return validate(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Government> validate(byte[] content) {
        return new ReferenceDataValidator("test.yaml").validate(ReferenceDataFile.parse("test.yaml", content));
    }
}
