package jp.kochi.vrm.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order of the Keycloak steps of an invitation, and how each failure is undone, against a fake directory. */
class InvitationStepsTest {

    private static final NewDirectoryUser USER = new NewDirectoryUser("tanaka@example.jp", "tanaka@example.jp", "田中",
            "一郎", 1L, PortalAccounts.SETUP_ACTIONS);
    private static final SetupMail MAIL = new SetupMail(PortalAccounts.SETUP_ACTIONS, Duration.ofHours(72),
            "vrm-portal", "http://localhost:8080/vrm/signin");

    /** Records every call; fails the named step with the given kind. */
    static final class FakeDirectory implements UserDirectory {
        final List<String> calls = new ArrayList<>();
        String failAt;
        DirectoryException.Kind failKind = DirectoryException.Kind.UNREACHABLE;
        boolean deleteFails;
        String existingId;

        private void step(String name) {
            calls.add(name);
            if (name.equals(failAt)) {
                throw new DirectoryException(failKind, name + " failed");
            }
        }

        @Override
        public Optional<String> emailOf(String username) {
            return Optional.empty();
        }

        @Override
        public java.util.List<String> emailsOfRole(String role) {
            return java.util.List.of();
        }

        @Override
        public java.util.Set<String> currentRealmRoles(String username) {
            return java.util.Set.of();
        }

        @Override
        public String createUser(NewDirectoryUser user) {
            step("create");
            return "kc-1";
        }

        @Override
        public void grantContractorRole(String userId) {
            step("role " + userId);
        }

        @Override
        public void sendSetupMail(String userId, SetupMail mail) {
            step("mail " + userId + " " + mail.actions());
        }

        @Override
        public void deleteUser(String userId) {
            calls.add("delete " + userId);
            if (deleteFails) {
                throw new DirectoryException(DirectoryException.Kind.UNREACHABLE, "gone");
            }
        }

        @Override
        public void setEnabled(String userId, boolean enabled) {
            calls.add("enabled " + userId + " " + enabled);
        }

        @Override
        public Optional<DirectoryUser> find(String userId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> findIdByUsername(String username) {
            calls.add("lookup " + username);
            return Optional.ofNullable(existingId);
        }
    }

    /** Records what the invitation told its caller. */
    static final class Recorder implements InvitationSteps.Listener {
        final List<String> events = new ArrayList<>();
        final FakeDirectory directory;
        RuntimeException failOnCreated;

        Recorder(FakeDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void created(String userId) {
            events.add("created " + userId);
            directory.calls.add("link " + userId);
            if (failOnCreated != null) {
                throw failOnCreated;
            }
        }

        @Override
        public void removed(String userId) {
            events.add("removed " + userId);
        }

        @Override
        public void removalFailed(String userId, String username, RuntimeException failure) {
            events.add("kept for cleanup " + userId + " " + username);
        }
    }

    @Test
    void createsLinksGrantsTheRoleThenHasTheMailSent() {
        FakeDirectory directory = new FakeDirectory();
        Recorder listener = new Recorder(directory);
        assertEquals("kc-1", InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals(List.of("create", "link kc-1", "role kc-1", "mail kc-1 [VERIFY_EMAIL, UPDATE_PASSWORD, CONFIGURE_TOTP]"),
                directory.calls);
        assertEquals(List.of("created kc-1"), listener.events);
    }

    @Test
    void aMailThatCannotBeSentDeletesTheUserAgainBeforeFailing() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "mail kc-1 [VERIFY_EMAIL, UPDATE_PASSWORD, CONFIGURE_TOTP]";
        directory.failKind = DirectoryException.Kind.MAIL_FAILED;
        Recorder listener = new Recorder(directory);
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals(DirectoryException.Kind.MAIL_FAILED, e.kind());
        assertEquals("delete kc-1", directory.calls.get(directory.calls.size() - 1));
        assertEquals(List.of("created kc-1", "removed kc-1"), listener.events);
    }

    @Test
    void aRoleThatCannotBeGrantedDeletesTheUserAndSendsNoMail() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "role kc-1";
        Recorder listener = new Recorder(directory);
        assertThrows(DirectoryException.class, () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals(List.of("create", "link kc-1", "role kc-1", "delete kc-1"), directory.calls);
    }

    @Test
    void aRecordThatCannotBeLinkedDeletesTheUser() {
        FakeDirectory directory = new FakeDirectory();
        Recorder listener = new Recorder(directory);
        listener.failOnCreated = new IllegalStateException("flush failed");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals("flush failed", e.getMessage());
        assertEquals(List.of("create", "link kc-1", "delete kc-1"), directory.calls);
    }

    @Test
    void aUserThatCannotBeDeletedAgainIsKeptForCleanupAndTheFirstFailureIsPassedOn() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "role kc-1";
        directory.deleteFails = true;
        Recorder listener = new Recorder(directory);
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals("role kc-1 failed", e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the failed removal rides along");
        assertEquals(List.of("created kc-1", "kept for cleanup kc-1 tanaka@example.jp"), listener.events);
    }

    @Test
    void aTakenNameIsPassedOnWithNothingToUndo() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "create";
        directory.failKind = DirectoryException.Kind.CONFLICT;
        Recorder listener = new Recorder(directory);
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals(DirectoryException.Kind.CONFLICT, e.kind());
        assertEquals(List.of("create"), directory.calls);
        assertEquals(List.of(), listener.events);
    }

    @Test
    void aCreationWhoseAnswerWasLostIsLookedUpAndRemoved() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "create";
        directory.failKind = DirectoryException.Kind.UNREACHABLE;
        directory.existingId = "kc-9";
        Recorder listener = new Recorder(directory);
        DirectoryException e = assertThrows(DirectoryException.class,
                () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertSame(DirectoryException.Kind.UNREACHABLE, e.kind());
        assertEquals(List.of("create", "lookup tanaka@example.jp", "delete kc-9"), directory.calls);
    }

    @Test
    void anUnreachableKeycloakMakesNothingAndTheLookupFindsNothing() {
        FakeDirectory directory = new FakeDirectory();
        directory.failAt = "create";
        Recorder listener = new Recorder(directory);
        assertThrows(DirectoryException.class, () -> InvitationSteps.run(directory, USER, MAIL, listener));
        assertEquals(List.of("create", "lookup tanaka@example.jp"), directory.calls);
        assertEquals(List.of(), listener.events);
    }
}
