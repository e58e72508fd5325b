# Passes Payara Micro's output through and watches its start. Payara Micro logs a failed resource
# definition or deployment and carries on to "ready" without the application: on either, this prints
# one line naming the cause (credentials masked) and stops the server, so the start fails loudly.
# Variables: pid (the server's process), app (the application's name), fifo (removed once read).
NR == 1 { system("rm -f '" fifo "'") }
{ print; fflush() }
started { next }
/^Caused by: / { cause = $0; sub(/^Caused by: [A-Za-z0-9_.$]*(: )?/, "", cause) }
match($0, /connection pool \[ *[^] ]+ *\]/) {
    pool = substr($0, RSTART + 17, RLENGTH - 18); gsub(/[[ ]/, "", pool)
}
/Boot Command .* failed/ { fail("a server command failed: " $0) }
index($0, "\"Name\": \"" app "\"") { deployed = 1 }
/ ready in [0-9,]+ \(ms\)/ {
    started = 1
    if (!deployed) fail("the application did not deploy: " (pool != "" ? "pool " pool ": " : "") \
        (cause != "" ? cause : "see the log above"))
}

function fail(reason) {
    if (failed) return
    failed = 1
    gsub(/[Pp]assword\\?=[^: ]*/, "password=***", reason)
    gsub(/\033\[[0-9;]*m/, "", reason)
    print "launch.sh: start failed: " reason > "/dev/stderr"
    fflush("/dev/stderr")
    system("kill " pid)
}
