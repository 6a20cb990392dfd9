package app.loadwise.access;

import app.loadwise.access.AccessViews.NewUser;
import app.loadwise.access.AccessViews.PasswordChange;
import app.loadwise.access.AccessViews.UserChange;
import app.loadwise.access.AccessViews.UserView;
import app.loadwise.access.internal.store.BrowserSessionRepository;
import app.loadwise.access.internal.store.UserAccount;
import app.loadwise.access.internal.store.UserAccountRepository;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.Role;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.ConflictException;
import app.loadwise.domain.common.InvalidValueException;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;

/** Users: club admins and coaches of a club, and platform admins. */
@ApplicationScoped
@Transactional
public class Users {

    @Inject
    UserAccountRepository users;

    @Inject
    ClubRepository clubs;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    BrowserSessionRepository sessions;

    public UserView createInClub(long clubId, NewUser request) {
        clubs.get(clubId);
        Role role = Role.fromApiName(request.role(), "role");
        InvalidValueException.require(role == Role.CLUB_ADMIN || role == Role.COACH, "role",
                "a club user is a club-admin or a coach; integrations use API keys");
        return UserView.of(create(request, role, clubId));
    }

    public UserView createPlatformAdmin(NewUser request) {
        InvalidValueException.require(request.role() == null || Role.fromApiName(request.role(), "role") == Role.PLATFORM_ADMIN,
                "role", "this endpoint creates platform admins; club users are created under their club");
        return UserView.of(create(request, Role.PLATFORM_ADMIN, null));
    }

    /**
     * The first platform admin, from the environment; does nothing once any platform admin exists. In a transaction
     * of its own: instances of a cluster starting together on an empty database race for it, and the loser's
     * failed insert must not spoil the start-up's transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean createFirstPlatformAdmin(String username, String password) {
        if (anyPlatformAdmin()) {
            return false;
        }
        create(new NewUser(username, "Platform admin", Role.PLATFORM_ADMIN.apiName(), password), Role.PLATFORM_ADMIN, null);
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anyPlatformAdmin() {
        return users.countPlatformAdmins() > 0;
    }

    private UserAccount create(NewUser request, Role role, Long clubId) {
        String username = UserAccount.normalizeUsername(request.username());
        if (users.usernameTaken(username)) {
            throw new ConflictException("username", "username '" + username + "' is taken");
        }
        String hash = passwords.hash(request.password(), username, "password");
        return users.store(new UserAccount(username, request.displayName(), role, clubId, hash, clock.instant()));
    }

    public Page<UserView> listInClub(long clubId, PageRequest page) {
        return users.list(clubId, page).map(UserView::of);
    }

    public Page<UserView> listPlatformAdmins(PageRequest page) {
        return users.list(null, page).map(UserView::of);
    }

    /** A user as seen by themselves, a club admin of their club or a platform admin; others get 403. */
    public UserView get(Caller caller, long userId) {
        requireSelfOrAdmin(caller, userId, "read");
        return UserView.of(users.get(userId));
    }

    private static void requireSelfOrAdmin(Caller caller, long userId, String what) {
        boolean self = caller.isUser(userId);
        if (!self && !Permission.CLUB_ADMIN.grantedTo(caller)) {
            throw new ForbiddenException("Only the user, a club admin of their club or a platform admin may " + what + " a user.");
        }
    }

    public UserView change(Caller caller, long userId, UserChange change) {
        UserAccount user = users.get(userId);
        boolean self = caller.isUser(userId);
        if (change.displayName() != null) {
            user.rename(change.displayName());
        }
        if (change.role() != null) {
            Role role = Role.fromApiName(change.role(), "role");
            InvalidValueException.require(!self || role == user.role(), "role", "you cannot change your own role");
            user.changeRole(role);
        }
        if (change.enabled() != null) {
            InvalidValueException.require(!self || change.enabled(), "enabled", "you cannot disable yourself");
            if (change.enabled()) {
                user.enable();
            } else {
                user.disable();
                requireAnotherPlatformAdmin(user);
                sessions.deleteOfUser(userId);
            }
        }
        return UserView.of(users.store(user));
    }

    public void changePassword(Caller caller, long userId, PasswordChange change) {
        UserAccount user = users.get(userId);
        boolean self = caller.isUser(userId);
        if (self) {
            InvalidValueException.require(change.currentPassword() != null && passwords.verify(change.currentPassword(), user.passwordHash()),
                    "currentPassword", "currentPassword does not match");
        } else if (!Permission.CLUB_ADMIN.grantedTo(caller) || user.role() == Role.PLATFORM_ADMIN && !caller.platformAdmin()) {
            throw new ForbiddenException("Only the user, a club admin of their club or a platform admin may set a user's password.");
        }
        user.changePassword(passwords.hash(change.newPassword(), user.username(), "newPassword"), clock.instant());
        users.store(user);
        // every browser signed in as the user signs in again with the new password
        sessions.deleteOfUser(userId);
    }

    public void delete(Caller caller, long userId) {
        UserAccount user = users.get(userId);
        InvalidValueException.require(!caller.isUser(userId), "userId", "you cannot delete yourself");
        users.remove(user);
        requireAnotherPlatformAdmin(user);
    }

    private void requireAnotherPlatformAdmin(UserAccount changed) {
        if (changed.role() == Role.PLATFORM_ADMIN && users.countEnabledPlatformAdmins() == 0) {
            throw new ConflictException("userId", "the last active platform admin cannot be removed or disabled");
        }
    }
}
