package org.regionalcoop.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's webapps show a demo login's and a group's name in Chinese and English, on a new and a kept database. */
@PlatformTest
class DemoLoginNamesTest {

    @Autowired
    IdentityService identityService;

    @Autowired
    DemoLogins demoLogins;

    @Test
    void usersAndGroupsAreNamedInChineseAndEnglish() {
        User coordinator = identityService.createUserQuery().userId("sh.coordinator").singleResult();
        assertThat(coordinator.getFirstName()).isEqualTo("上海市协调员");
        assertThat(coordinator.getLastName()).isEqualTo("Shanghai coordinator");
        assertThat(identityService.createGroupQuery().groupId("SH.coordinator").singleResult().getName())
                .isEqualTo("上海市协调员 Shanghai coordinator");
    }

    @Test
    void aLoginOfAnEarlierRunNamedInEnglishOnlyIsNamedAnewAndKeepsItsPassword() throws Exception {
        User leader = identityService.createUserQuery().userId("js.leader").singleResult();
        leader.setFirstName("Jiangsu");
        leader.setLastName("leader");
        identityService.saveUser(leader);
        Group group = identityService.createGroupQuery().groupId("JS.leader").singleResult();
        group.setName("Jiangsu leader");
        identityService.saveGroup(group);

        demoLogins.run(null);

        User renamed = identityService.createUserQuery().userId("js.leader").singleResult();
        assertThat(renamed.getFirstName()).isEqualTo("江苏省领导");
        assertThat(renamed.getLastName()).isEqualTo("Jiangsu leader");
        assertThat(identityService.createGroupQuery().groupId("JS.leader").singleResult().getName())
                .isEqualTo("江苏省领导 Jiangsu leader");
        assertThat(identityService.checkPassword("js.leader", PlatformTest.DEMO_PASSWORD)).isTrue();
    }
}
