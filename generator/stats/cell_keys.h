#pragma once
// The keys of the disclosure control's cells. Measures, area codes and the lists of codes a
// sum adds are numbered, so a key is a few words however long the names are and however many
// areas a sum adds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace kt {

// Names by number, in the order they were first seen.
class NameIds {
  public:
    NameIds() = default;
    NameIds(const NameIds&) = delete;  // names_ points into ids_
    NameIds& operator=(const NameIds&) = delete;
    std::uint32_t id(const std::string& name);
    const std::string& name(std::uint32_t id) const { return *names_[id]; }
    // Each id's place among the names in the order of the names: ids compare by it as their
    // names would.
    std::vector<std::uint32_t> ranks() const;

  private:
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<const std::string*> names_;  // the keys of ids_, which never move
};

struct IdListHash {
    std::size_t operator()(const std::vector<std::uint32_t>& ids) const;
};

// Lists of names by number: each distinct list is kept once.
class NameListIds {
  public:
    NameListIds() = default;
    NameListIds(const NameListIds&) = delete;  // lists_ points into ids_
    NameListIds& operator=(const NameListIds&) = delete;
    std::uint32_t id(const std::vector<std::string>& names, NameIds& name_ids);
    const std::vector<std::uint32_t>& list(std::uint32_t id) const { return *lists_[id]; }

  private:
    std::unordered_map<std::vector<std::uint32_t>, std::uint32_t, IdListHash> ids_;
    std::vector<const std::vector<std::uint32_t>*> lists_;
};

// A measure's own row for an area code and a year.
struct RowKey {
    std::uint32_t measure, code;
    int period;
    bool operator==(const RowKey&) const = default;
};
// A measure summed over a list of codes in a year.
struct SumKey {
    std::uint32_t measure;
    int period;
    std::uint32_t codes;
    bool operator==(const SumKey&) const = default;
};
// A measure for an area code summed over the years first to last.
struct PooledKey {
    std::uint32_t measure, code;
    int first, last;
    bool operator==(const PooledKey&) const = default;
};

struct CellKeyHash {
    std::size_t operator()(const RowKey& key) const;
    std::size_t operator()(const SumKey& key) const;
    std::size_t operator()(const PooledKey& key) const;
};

}  // namespace kt
