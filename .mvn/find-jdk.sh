# Sourced by ./mvnw and scripts/*.sh (POSIX sh): makes sure a JDK 21 or newer runs the build, without anyone
# setting JAVA_HOME. Keeps a JAVA_HOME or a `java` on the PATH that is already 21+; otherwise takes the newest
# JDK 21+ from the places installers put them; with none, says what to install and stops.
daotao_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) + 0; exit}'
}
daotao_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(daotao_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1 && command -v java >/dev/null 2>&1 \
    && [ "$(daotao_java_major java)" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  daotao_best="" daotao_best_major=0
  for daotao_dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
    "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$daotao_dir/bin/javac" ] || continue
    daotao_major="$(daotao_java_major "$daotao_dir/bin/java")"
    if [ -n "$daotao_major" ] && [ "$daotao_major" -ge 21 ] && [ "$daotao_major" -gt "$daotao_best_major" ]; then
      daotao_best="$daotao_dir" daotao_best_major="$daotao_major"
    fi
  done
  if [ -z "$daotao_best" ]; then
    echo "Cần JDK 21 trở lên để chạy dự án (this project needs JDK 21 or newer, found none)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' (Debian/Ubuntu) or Temurin 21 from https://adoptium.net," >&2
    echo "or set JAVA_HOME to a JDK 21+ that is already installed." >&2
    return 1
  fi
  if [ -n "${JAVA_HOME:-}" ]; then
    echo "JAVA_HOME ($JAVA_HOME) is older than JDK 21: using $daotao_best instead." >&2
  fi
  JAVA_HOME="$daotao_best"
  export JAVA_HOME
}
