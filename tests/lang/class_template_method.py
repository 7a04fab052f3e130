# checks: base-class methods calling overridable hooks, super() in several methods, class-level constants
class Report:
    title = "Report"
    def render(self):
        lines = [self.header()]
        for item in self.items():
            lines.append(self.format_item(item))
        lines.append(self.footer())
        return "\n".join(lines)
    def header(self):
        return f"== {self.title} =="
    def items(self):
        return []
    def format_item(self, item):
        return f"- {item}"
    def footer(self):
        return f"({len(self.items())} items)"

class Sales(Report):
    title = "Sales"
    def items(self):
        return [("north", 120), ("south", 80)]
    def format_item(self, item):
        region, amount = item
        return super().format_item(f"{region}: {amount:>5}")

class LoudSales(Sales):
    def header(self):
        return super().header().upper()
    def footer(self):
        return super().footer() + "!"

for r in [Report(), Sales(), LoudSales()]:
    print(r.render())
