# The site-specific part of klartekst.vcl: edit it for your servers, keep the names.

# An instance is in rotation while it answers /api/health/live (also without its database: it
# still serves its cached pages and tells editors that their work was not saved).
probe klartekst_live {
    .request = "GET /api/health/live HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-probe"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Whether an instance's database answers: /api/health says 503 when it does not. Nothing is
# fetched from these backends; while none of them is healthy, Varnish serves the copies it has,
# however old, rather than queue visitors behind fetches that cannot succeed (klartekst.vcl).
probe klartekst_ready {
    .request = "GET /api/health HTTP/1.1"
        "Host: localhost"
        "User-Agent: varnish-probe"
        "Connection: close";
    .interval = 1s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# One backend per app instance (deploy/systemd/klartekst@.service; `npm start -- -p PORT`).
backend app1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = klartekst_live;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = klartekst_live;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}

# The same instances, probed for their database.
backend app1_database {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = klartekst_ready;
}

backend app2_database {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = klartekst_ready;
}

sub vcl_init {
    new klartekst = directors.round_robin();
    klartekst.add_backend(app1);
    klartekst.add_backend(app2);
    new klartekst_database = directors.round_robin();
    klartekst_database.add_backend(app1_database);
    klartekst_database.add_backend(app2_database);
}

# Who may purge: the app instances (their CACHE_PURGE_URLS point here) and this host. A proxy on
# this host in front of Varnish (nginx: deploy/nginx/klartekst.conf) must refuse PURGE itself:
# everything it forwards comes from 127.0.0.1.
acl purgers {
    "127.0.0.1";
    "::1";
}
