/**
 * A labelled drop-down filter over the values in use (roles, teams, appraisers…): the first
 * choice, `anyLabel`, is the empty value and filters nothing out.
 */
interface SelectFilterProps {
  id: string;
  label: string;
  value: string;
  /** The first choice, which filters nothing out: "Any", "All roles", "Everyone". */
  anyLabel: string;
  options: readonly string[];
  onChange: (value: string) => void;
  /** Label and drop-down on one line, as in a panel's header. */
  inline?: boolean;
}

export function SelectFilter({
  id,
  label,
  value,
  anyLabel,
  options,
  onChange,
  inline = false,
}: SelectFilterProps) {
  return (
    <div className={inline ? 'filters__field filters__field--inline' : 'filters__field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
