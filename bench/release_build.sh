# Sourced by the bench scripts, from the repository's top folder: installs what they need,
# builds the Release binary into build-bench/ and sets $bin; `median` prints the median of the
# numbers it reads.
scripts/install-dependencies.sh
scripts/install-dependencies.sh --bench
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF > /dev/null
cmake --build build-bench --parallel "$(nproc)" --target kommunetall > /dev/null
bin=$PWD/build-bench/kommunetall
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
