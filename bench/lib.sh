# Shared by the HTTP benchmarks: sign in to the portal form, and summarise timings.

# portal_sign_in JAR BASE USER PASSWORD: signs in through the sign-in form, keeping the session in JAR.
portal_sign_in() {
  local jar="$1" base="$2" user="$3" password="$4" viewstate
  viewstate=$(curl -fsS -c "$jar" "$base/login.xhtml" | grep -o 'ViewState:0" value="[^"]*"' | head -n 1 \
    | sed 's/.*value="//; s/"$//')
  curl -fsS -b "$jar" -c "$jar" -o /dev/null "$base/login.xhtml" \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$password" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$viewstate"
}

# summarise LABEL < seconds, one per line: prints median, p90 and max in milliseconds.
summarise() {
  sort -n | awk -v label="$1" '
    { a[NR] = $1 * 1000 }
    END { printf "%s, %d loads: median %.1f ms, p90 %.1f ms, max %.1f ms\n",
          label, NR, a[int((NR + 1) / 2)], a[int(NR * 0.9)], a[NR] }'
}
