# Varnish in front of Klartekst (Varnish 7 with the xkey module from varnish-modules:
# apt-get install varnish varnish-modules). The site-specific part — the app instances, how they
# are probed, who may purge — is in klartekst-backends.vcl next to this file.
#
# - Public answers are kept as long as their Cache-Control allows a shared cache (pages: a year),
#   under the surrogate keys the app sends (Surrogate-Key: lib/cache/surrogate-keys.mjs); a
#   publish purges exactly its keys (PURGE with xkey-purge: lib/cache/purge.mjs).
# - What is kept mirrors the app's own front cache (lib/cache/front-cache.mjs): GET and HEAD of
#   public paths, 200 answers without Set-Cookie that are not private; never the admin, sign-in,
#   health checks, server actions or the language redirect at "/".
# - While an instance answers, a purged or expired copy is served for at most a few seconds more,
#   while one background fetch replaces it. When none answers, or a fetch fails or takes longer
#   than first_byte_timeout, the last copy is served for up to a day (grace).
# See docs/decisions/0020-http-cache-in-front.md and the README's production section.
vcl 4.1;

import std;
import directors;
import xkey;

# Defines the director "klartekst" (the app instances, probed at /api/health/live) and the
# acl "purgers" (who may send PURGE).
include "klartekst-backends.vcl";

sub vcl_recv {
    set req.backend_hint = klartekst.backend();

    # Purge by surrogate keys: `PURGE /` with `xkey-purge: notice-aure directory`. Soft: the
    # purged copies stay for grace, so they are still there if the app goes down before they
    # are fetched again; while it is up they are never served (req.grace below).
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "The xkey-purge header names the keys to purge"));
        }
        set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Purged));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Server actions and forms: kept in memory (up to the app's own limit), so that a post
        # whose instance just died can be sent to the other one (vcl_backend_error).
        if (req.method == "POST") {
            std.cache_req_body(1MB);
        }
        return (pass);
    }

    # Never kept: the admin and sign-in, authentication, health checks, internal routes, the
    # language redirect at "/", and the framework's client navigation.
    if (req.url ~ "^/(nb|nn|da|en)/admin(/|\?|$)"
        || req.url ~ "^/api/(auth|health|internal)(/|\?|$)"
        || req.url ~ "^/(\?|$)"
        || req.url ~ "[?&]_rsc="
        || req.http.rsc || req.http.next-action || req.http.next-router-state-tree
        || req.http.next-router-prefetch || req.http.next-router-segment-prefetch || req.http.next-url) {
        return (pass);
    }
    # Site pages with a query string (the directory's searches) are rendered per request; the
    # embed and the API keep theirs in the key.
    if (req.url ~ "^/(nb|nn|da|en)(/[^?]*)?\?") {
        return (pass);
    }

    # A public answer is the same for everybody: an editor's session cookie changes nothing.
    unset req.http.Cookie;
    unset req.http.Authorization;
    # The API answers JSON, or JSON-LD when asked for it: two variants at most (it sends Vary: Accept).
    if (req.url ~ "^/api/") {
        if (req.http.Accept ~ "application/ld\+json") {
            set req.http.Accept = "application/ld+json";
        } else {
            set req.http.Accept = "application/json";
        }
    }

    # Grace: while an instance answers and has its database, a copy that expired or was purged
    # less than 10 s ago is served once more while a background fetch replaces it (so visitors
    # never queue behind a fetch that waits for the database, and a publish shows as soon as one
    # fetch is done); up to a day when no instance answers, when no instance has its database
    # (every fetch would fail, one after another, with visitors queued behind each), and when a
    # fetch just failed (vcl_synth restarts it).
    if (req.restarts == 0 && std.healthy(req.backend_hint) && std.healthy(klartekst_database.backend())) {
        set req.grace = 10s;
    } else {
        set req.grace = 24h;
    }
    return (hash);
}

sub vcl_hash {
    # Every absolute URL the app writes comes from PUBLIC_URL, so the Host header changes
    # nothing in an answer: it is no part of the key (and made-up Hosts make no copies).
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # Tells the app that what it answers is kept until the next purge: it first applies every
    # publish made through any instance (server.mjs, lib/cache/tag-sync.mjs).
    if (!bereq.uncacheable) {
        set bereq.http.Surrogate-Capability = {"varnish="Surrogate/1.0""};
        # A public page renders in well under a second; one that takes longer is waiting for a
        # database that does not answer, and the copy Varnish has is the better answer (grace).
        # 3 s, tried once more on the other instance (vcl_backend_error): a visitor queued behind
        # this fetch waits at most about 6 s. Editors' requests (passed) keep the backend's timeout.
        set bereq.first_byte_timeout = 3s;
    }
}

sub vcl_backend_response {
    # The keys xkey indexes the object by, and purges by.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    if (bereq.uncacheable) {
        return (deliver);
    }
    # An error from the app replaces nothing: a background refresh keeps the copy we have; a
    # fetch a visitor waits for ends in vcl_synth, which serves that copy (grace) if there is one.
    if (beresp.status >= 500) {
        return (abandon);
    }
    # Kept only when any visitor may be sent it: a 200, no cookie set, not private.
    if (beresp.status != 200 || beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)" || beresp.ttl <= 0s) {
        # Not stored; later requests for it are not queued behind each other for two minutes.
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_backend_error {
    # The instance did not answer (it may have just died before the probe noticed): once more,
    # on the next instance. Otherwise vcl_synth, as for a 5xx.
    if (bereq.retries < 1) {
        return (retry);
    }
    return (abandon);
}

sub vcl_deliver {
    # The keys are for caches, not for browsers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.Edge-Cache-Tag;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    # A fetch failed (no instance answered, or one answered with an error): look again, this
    # time accepting a copy up to a day old (vcl_recv).
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        return (restart);
    }
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.http.Cache-Control = "no-store";
    set resp.body = resp.reason + {"
"};
    return (deliver);
}
