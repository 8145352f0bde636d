package org.regionalcoop.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens of an identity provider (Keycloak-style claims) give the same identities as logins. */
@PlatformTest
class JwtAuthenticationTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aValidTokenNamesTheStaffMemberAndTheirGovernmentsRoles() throws Exception {
        String token = sign(claims("SH", List.of("coordinator")).build(), "jwt/private.pem");

        ResponseEntity<String> response = get("/api/organizations/governments/SH", token);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/monitoring/agreements", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void thePlatformAdministratorRoleOpensMonitoring() throws Exception {
        String token = sign(claims("CN-CCA", List.of("platform_administrator")).build(), "jwt/private.pem");

        assertThat(get("/api/monitoring/agreements", token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void expiredWronglySignedWrongAudienceAndUnsignedTokensAreUnauthorized() throws Exception {
        Instant past = Instant.now().minusSeconds(7200);
        String expired = sign(claims("SH", List.of("coordinator"))
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(600))).build(), "jwt/private.pem");
        String wronglySigned = sign(claims("SH", List.of("coordinator")).build(), "jwt/other-private.pem");
        String wrongAudience = sign(claims("SH", List.of("coordinator")).audience("another-service").build(), "jwt/private.pem");
        String unsigned = new PlainJWT(claims("SH", List.of("coordinator")).build()).serialize();

        for (String token : List.of(expired, wronglySigned, wrongAudience, unsigned)) {
            ResponseEntity<String> response = get("/api/organizations/governments", token);
            assertThat(response.getStatusCode()).as(token).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static JWTClaimsSet.Builder claims(String government, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(PlatformTest.TOKEN_ISSUER)
                .audience(PlatformTest.TOKEN_AUDIENCE)
                .subject("f3a1c0de-" + government.toLowerCase())
                .claim("preferred_username", government.toLowerCase() + ".staff")
                .claim("government", government)
                .claim("realm_access", Map.of("roles", roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
    }

    private static String sign(JWTClaimsSet claims, String privateKey) throws Exception {
        String pem = new ClassPathResource(privateKey).getContentAsString(java.nio.charset.StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
