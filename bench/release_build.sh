# Sourced by the bench scripts, from the repository's top folder: installs what they need,
# builds the Release binary into build-bench/ and sets $bin; `median` prints the median of the
# numbers it reads; `measure` times one run of a command.
scripts/install-dependencies.sh
scripts/install-dependencies.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > /dev/null
cmake --build build-bench --parallel "$(nproc)" --target kommunetall > /dev/null
bin=$PWD/build-bench/kommunetall
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# measure FILE COMMAND...: appends "wall_s cpu_s peak_KiB" of one run of COMMAND to FILE, as
# /usr/bin/time reports them (elapsed, user + system, maximum resident set size).
measure() {
  local file=$1 times
  shift
  times=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$times" "$@" > /dev/null 2>&1
  awk '{print $1, $2 + $3, $4}' "$times" >> "$file"
  rm -f "$times"
}
