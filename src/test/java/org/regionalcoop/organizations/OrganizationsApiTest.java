package org.regionalcoop.organizations;

import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class OrganizationsApiTest {

    @Autowired
    TestRestTemplate anonymous;

    private TestRestTemplate coordinator() {
        return anonymous.withBasicAuth("sh.coordinator", PlatformTest.DEMO_PASSWORD);
    }

    @Test
    void listsTheRegistryWithLevelsPlatesAndRoles() {
        ResponseEntity<List> response = coordinator().getForEntity("/api/organizations/governments", List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> governments = response.getBody();
        assertThat(governments).extracting(g -> g.get("code"))
                .contains("CN", "CN-CCA", "SH", "JS", "ZJ", "AH", "HN", "HN-PCA", "HN-CS", "HN-ZZ", "HN-XT");
        Map<String, Object> changsha = governments.stream().filter(g -> g.get("code").equals("HN-CS")).findFirst().orElseThrow();
        assertThat(changsha).containsEntry("level", "municipal").containsEntry("parent", "HN")
                .containsEntry("plate", "central").containsEntry("kind", "government");
        assertThat((List<String>) changsha.get("roles")).containsExactly("coordinator", "leader", "finance_officer");
    }

    @Test
    void filtersByLevelAndPlate() {
        List<Map<String, Object>> provincialEast = coordinator()
                .getForObject("/api/organizations/governments?level=provincial&plate=east", List.class);

        assertThat(provincialEast).extracting(g -> g.get("code")).contains("SH", "JS", "ZJ").doesNotContain("AH", "HN-CS");
    }

    @Test
    void getsOneGovernmentWithAgencyRoles() {
        Map<String, Object> agency = coordinator().getForObject("/api/organizations/governments/HN-PCA", Map.class);

        assertThat(agency).containsEntry("kind", "coordination-agency").containsEntry("parent", "HN");
        assertThat((List<String>) agency.get("roles")).contains("reviewer", "grant_officer", "arbitrator");
    }

    @Test
    void anUnknownGovernmentIsANotFoundProblem() {
        ResponseEntity<Map> response = coordinator().getForEntity("/api/organizations/governments/HX", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("detail", "No government with code 'HX' is registered");
    }

    @Test
    void aMalformedCodeIsABadRequestProblem() {
        ResponseEntity<Map> response = coordinator().getForEntity("/api/organizations/governments/not a code", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theSuperiorOfCitiesInOneProvinceIsTheProvince() {
        assertThat(superiorOf("HN-CS,HN-ZZ,HN-XT")).isEqualTo("HN");
        assertThat(superiorOf("JS-NJ,JS-SZ")).isEqualTo("JS");
        assertThat(superiorOf("HN-CS-LY,HN-ZZ")).isEqualTo("HN");
    }

    @Test
    void theSuperiorOfACountyAndItsOwnCityIsTheCitysSuperior() {
        assertThat(superiorOf("HN-CS-LY,HN-CS")).isEqualTo("HN");
        assertThat(superiorOf("HN-CS-LY")).isEqualTo("HN-CS");
    }

    @Test
    void theSuperiorOfGovernmentsInSeveralProvincesIsTheCentralGovernment() {
        assertThat(superiorOf("SH,JS,ZJ,AH")).isEqualTo("CN");
        assertThat(superiorOf("JS-NJ,ZJ-HZ,AH-HF")).isEqualTo("CN");
    }

    @Test
    void nobodyStandsAboveTheCentralGovernment() {
        ResponseEntity<Map> response = coordinator()
                .getForEntity("/api/organizations/lowest-common-superior?governments=CN,SH", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) response.getBody().get("detail")).contains("No government stands above all of");
    }

    @Test
    void anUnknownMemberOfTheSetIsNamed() {
        ResponseEntity<Map> response = coordinator()
                .getForEntity("/api/organizations/lowest-common-superior?governments=SH,HX", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("code", "HX");
    }

    private String superiorOf(String codes) {
        ResponseEntity<Map> response = coordinator()
                .getForEntity("/api/organizations/lowest-common-superior?governments=" + codes, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (String) response.getBody().get("code");
    }
}
