package app.loadwise.access;

import app.loadwise.access.AccessViews.ApiKeyView;
import app.loadwise.access.AccessViews.IssuedApiKey;
import app.loadwise.access.AccessViews.NewApiKey;
import app.loadwise.access.internal.store.ApiKey;
import app.loadwise.access.internal.store.ApiKeyRepository;
import app.loadwise.domain.access.Caller;
import app.loadwise.domain.access.KeyScope;
import app.loadwise.domain.club.ClubRepository;
import app.loadwise.domain.common.Page;
import app.loadwise.domain.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Integration API keys: issued once with their secret, listed by prefix, revoked. */
@ApplicationScoped
@Transactional
public class ApiKeys {

    @Inject
    ApiKeyRepository keys;

    @Inject
    ClubRepository clubs;

    @Inject
    Clock clock;

    public IssuedApiKey issue(Caller caller, long clubId, NewApiKey request) {
        clubs.get(clubId);
        KeyScope scope = KeyScope.fromApiName(request.scope(), "scope");
        ApiKeyTokens.Token token = ApiKeyTokens.issue();
        ApiKey key = keys.store(new ApiKey(clubId, request.name(), scope, token.publicId(), token.secretHash(), caller.name(),
                clock.instant()));
        return new IssuedApiKey(ApiKeyView.of(key), token.text());
    }

    public Page<ApiKeyView> list(long clubId, PageRequest page) {
        return keys.list(clubId, page).map(ApiKeyView::of);
    }

    public ApiKeyView get(long keyId) {
        return ApiKeyView.of(keys.get(keyId));
    }

    public ApiKeyView revoke(Caller caller, long keyId) {
        ApiKey key = keys.get(keyId);
        key.revoke(caller.name(), clock.instant());
        return ApiKeyView.of(keys.store(key));
    }
}
