# Varnish in front of the `dateline serve` nodes.
#
# Every page and API answer carries the surrogate keys of what it shows in
# its `xkey` header. For each change, Dateline (with VARNISH_URL set) sends
#     PURGE / HTTP/1.1
#     xkey-purge: a123 s4 front latest
# and this configuration drops every stored object tagged with any of
# those keys, through the xkey vmod (Debian package: varnish-modules).
#
# Run:  varnishd -a :80 -f /path/to/dateline.vcl -s malloc,1G
# and start each node with VARNISH_URL=http://<varnish host>:80 .
vcl 4.1;

import directors;
import xkey;

# One backend per node; add node2, node3... and list them in vcl_init.
backend node1 {
  .host = "127.0.0.1";
  .port = "3000";
  .probe = {
    .url = "/healthz";
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
  }
}

sub vcl_init {
  new nodes = directors.round_robin();
  nodes.add_backend(node1);
}

# Who may purge: the nodes. Add their addresses when they run elsewhere.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  set req.backend_hint = nodes.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge) {
      set req.http.x-purged = xkey.purge(req.http.xkey-purge);
      return (synth(200, "Purged " + req.http.x-purged));
    }
    return (purge);
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # The newsroom, the page-view beacon, health checks and search answer
  # each caller afresh.
  if (req.url ~ "^/(admin|api/admin|beacon|healthz|search)([/?]|$)") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  # The public site reads no cookies: without them every reader shares one copy.
  unset req.http.Cookie;
  # Nor campaign tags and click ids, which differ on every click of a shared
  # link: one copy serves them all (as src/cache/cache-key.ts does in each node).
  if (req.url ~ "(?i)[?&](utm_[a-z0-9_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|igshid|mc_cid|mc_eid|yclid)=") {
    set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|igshid|mc_cid|mc_eid|yclid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "&&+", "&");
    set req.url = regsub(req.url, "\?&+", "?");
    set req.url = regsub(req.url, "[?&]+$", "");
  }
  return (hash);
}

sub vcl_backend_response {
  if (beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # TTL comes from s-maxage and grace from stale-while-revalidate. Keep
  # objects a while longer, so readers still get pages while every node is
  # down; purges drop them all the same.
  if (beresp.ttl > 0s && beresp.grace < 1h) {
    set beresp.keep = 1h;
  }
}

sub vcl_backend_error {
  # A node that is down is not a reader's problem while a stale copy exists.
  if (bereq.retries < 1) {
    return (retry);
  }
}

sub vcl_deliver {
  # Keys are for caches, not readers; a CDN in front still gets Surrogate-Key.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.x-cache = "hit";
  } else {
    set resp.http.x-cache = "miss";
  }
}
